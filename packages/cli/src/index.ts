export {main} from './main.js'
export type {MainOptions} from './main.js'
export {stylish} from './formatters/stylish.js'
