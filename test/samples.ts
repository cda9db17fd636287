// Small media made in code, for tests that must not depend on the app.
/** A tiny valid PNG (a 2×2 red square), as bytes and as a data URI. */
export const RED_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAE0lEQVQImWP4z8DwnwGM/zMwAAAf7gP9qS/A4gAAAABJRU5ErkJggg==',
  'base64',
);
export const RED_PNG_URI = `data:image/png;base64,${RED_PNG.toString('base64')}`;
