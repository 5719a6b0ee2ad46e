export {renderReport, type ReportOptions, type ReportGroup} from './render.js'
export {loadTheme, ThemeError, type Theme} from './theme.js'
export {readPreviousReport, TrendError} from './trend.js'
