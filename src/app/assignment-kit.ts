/**
 * What the game needs of the results library to play an assignment: reading the link, timing each
 * step, and sealing a finished play into its result code. Loaded lazily, once, when an assignment
 * link is opened (the first screen of free play does not carry it); from then on making a code needs
 * nothing from the network.
 */
import { decodeAssignment } from '../core/results/assignment';
import { makeResultCode } from '../core/results/result-code';
import { startStepClock } from '../core/results/step-clock';

export const assignmentKit = { decodeAssignment, makeResultCode, startStepClock };

export type AssignmentKit = typeof assignmentKit;
