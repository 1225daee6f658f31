declare module 'eslint-formatter-friendly' {
  const format: (results: unknown[]) => string;
  export default format;
}
