import { TextInput } from '@mantine/core';
import { SearchIcon } from './icons.tsx';

interface SearchBoxProps {
  label: string;
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
  maw?: number;
}

/** A search field that filters as the user types (Enter does not reload); text direction follows the input. */
export function SearchBox({ label, placeholder, value, onChange, maw = 420 }: SearchBoxProps) {
  return (
    <search>
      <form onSubmit={(event) => event.preventDefault()}>
        <TextInput
          label={label}
          placeholder={placeholder}
          type="search"
          name="q"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          leftSection={<SearchIcon size={16} />}
          dir="auto"
          maw={maw}
        />
      </form>
    </search>
  );
}
