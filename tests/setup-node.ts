// Tests import core modules directly (../src/checker.js): make the data files and the dictionary
// on disk the data and spelling source, as importing @duidelijk/core/node does.
import '../packages/core/src/node/index.js'
