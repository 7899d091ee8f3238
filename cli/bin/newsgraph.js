#!/usr/bin/env node
// The newsgraph CLI's shim: runs the TypeScript entry point through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../main.ts');
