import type { Clock } from "../clock/clock.js";

/** A clock tests move by hand, so expiry is proven without sleeping. */
export class MutableClock implements Clock {
  private current: Date;

  constructor(start: Date = new Date()) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  advanceBySeconds(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }

  set(date: Date): void {
    this.current = new Date(date);
  }
}
