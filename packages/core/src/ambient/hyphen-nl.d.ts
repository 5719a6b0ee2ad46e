// hyphen has no "exports" map: Node's ESM loader needs the file path, @types/hyphen types "hyphen/nl".
declare module 'hyphen/nl/index.js' {
  import hyphen from 'hyphen/nl'
  export default hyphen
}
