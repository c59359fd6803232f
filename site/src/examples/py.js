// Tag for example programs: the text exactly as written (String.raw, so a
// Python "\n" stays a backslash and an n), minus the newline that follows
// the opening backtick. Keeps each program readable at column 0.
export function py(strings, ...values) {
  return String.raw({ raw: strings.raw }, ...values).replace(/^\n/, '');
}
