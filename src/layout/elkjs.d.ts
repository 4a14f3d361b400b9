// elkjs ships types for its entry points but not for these file paths with an extension.
declare module 'elkjs/lib/elk-api.js' {
  export * from 'elkjs/lib/elk-api';
  import ElkConstructor from 'elkjs/lib/elk-api';
  export default ElkConstructor;
}
declare module 'elkjs/lib/elk.bundled.js' {
  export * from 'elkjs/lib/elk-api';
  import ElkConstructor from 'elkjs/lib/elk-api';
  export default ElkConstructor;
}
