#!/usr/bin/env node
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node.js'
import {startServer} from './server.js'

// Transport (--stdio, --node-ipc, --socket) is picked from the command line by vscode-languageserver.
startServer(createConnection(ProposedFeatures.all))
