import { createContext, type ReactNode, useContext } from 'react';
import type { DocumentAction, ModelDocument } from './model-document.ts';

/** The project's year columns: calendar year of column 0 and how many years there are. */
export interface YearAxis {
  startYear: number;
  constructionYears: number;
  totalYears: number;
  /** Show the Solar Hijri year under each Gregorian one (users who read the Persian calendar). */
  showSolarHijri: boolean;
}

export interface EditorContextValue {
  document: ModelDocument;
  dispatch: (action: DocumentAction) => void;
  /** Readers see the inputs but cannot change them. */
  readOnly: boolean;
  /** The server's issues by dotted path. */
  issues: ReadonlyMap<string, string[]>;
  years: YearAxis;
}

const EditorContext = createContext<EditorContextValue | null>(null);

/** Gives every field of the editor the document, the way to change it and the issues. */
export function EditorProvider({ value, children }: { value: EditorContextValue; children: ReactNode }) {
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside EditorProvider');
  return value;
}
