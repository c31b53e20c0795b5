// A run of text on a card line, with its colour and weight.
export type Segment = {text: string; color?: string; bold?: boolean; dim?: boolean};
