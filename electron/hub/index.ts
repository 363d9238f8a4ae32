// The hub's public surface: what the Electron main process and the headless CLI import.
export { createHub, type Hub } from './hub';
export type { HubOptions, HubLimits, HubLogger } from './options';
export { defaultPort, defaultLimits } from './options';
export type { RoomAccess, OpenRoomOptions, Role } from './access/roomRegistry';
export type { RoomProblem, RoomProblemKind, StorageDamage } from './storage/storageTypes';
export { hubOrigin, joinLink } from '../../shared/joinLink';
export { lanAddresses } from './lanAddresses';
export { isLoopback, selectJoinAddresses, type JoinAddress } from './net/joinAddresses';
