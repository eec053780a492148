import { Anchor, type AnchorProps, Button, type ButtonProps, Card, type CardProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

function MantineAnchor(props: AnchorProps & ComponentPropsWithRef<'a'>) {
  return <Anchor {...props} />;
}

function MantineButtonAnchor(props: ButtonProps & ComponentPropsWithRef<'a'>) {
  return <Button component="a" {...props} />;
}

function MantineCardAnchor(props: CardProps & ComponentPropsWithRef<'a'>) {
  return <Card component="a" {...props} />;
}

/** A router link that looks like a Mantine Anchor (typed `to`, `params`, `search`). */
export const AnchorLink = createLink(MantineAnchor);

/** A router link that looks like a Mantine Button. */
export const ButtonLink = createLink(MantineButtonAnchor);

/** A whole card that is one router link (lists of organisations, reference sections). */
export const CardLink = createLink(MantineCardAnchor);
