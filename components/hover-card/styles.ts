// The hover card's own styles, scoped inside its shadow root; kept in card.css so the build minifies them.
import css from './card.css?inline';

export const CARD_CSS: string = css;
