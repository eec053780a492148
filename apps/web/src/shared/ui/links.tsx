import { Anchor, type AnchorProps, Button, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

function MantineAnchor(props: AnchorProps & ComponentPropsWithRef<'a'>) {
  return <Anchor {...props} />;
}

function MantineButtonAnchor(props: ButtonProps & ComponentPropsWithRef<'a'>) {
  return <Button component="a" {...props} />;
}

/** A router link that looks like a Mantine Anchor (typed `to`, `params`, `search`). */
export const AnchorLink = createLink(MantineAnchor);

/** A router link that looks like a Mantine Button. */
export const ButtonLink = createLink(MantineButtonAnchor);
