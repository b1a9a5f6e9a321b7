"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var circuitBreaker_exports = {};
__export(circuitBreaker_exports, {
  CircuitBreaker: () => CircuitBreaker
});
module.exports = __toCommonJS(circuitBreaker_exports);
class CircuitBreaker {
  constructor(settings, clock, onChange = () => {
  }) {
    this.settings = settings;
    this.clock = clock;
    this.onChange = onChange;
  }
  settings;
  clock;
  onChange;
  currentState = "closed";
  consecutiveFailures = 0;
  openUntil = 0;
  probeInFlight = false;
  get state() {
    if (this.currentState === "open" && this.clock.now() >= this.openUntil) this.moveTo("half-open");
    return this.currentState;
  }
  /** When an open circuit lets the next probe through (undefined unless open). */
  get retryAt() {
    return this.state === "open" ? this.openUntil : void 0;
  }
  get failures() {
    return this.consecutiveFailures;
  }
  tryPass() {
    const state = this.state;
    if (state === "closed") return { allowed: true, ticket: { probe: false } };
    if (state === "open") return { allowed: false, retryAt: this.openUntil, probeInFlight: false };
    if (this.probeInFlight) return { allowed: false, retryAt: this.clock.now(), probeInFlight: true };
    this.probeInFlight = true;
    return { allowed: true, ticket: { probe: true } };
  }
  /** Gemini answered (even with a refusal): it is reachable. */
  recordSuccess(ticket) {
    if (ticket.probe) this.probeInFlight = false;
    this.consecutiveFailures = 0;
    if (this.currentState !== "closed") this.moveTo("closed");
  }
  /** Gemini was unreachable, overloaded or too slow. */
  recordFailure(ticket) {
    if (ticket.probe) {
      this.probeInFlight = false;
      this.open();
      return;
    }
    if (this.currentState !== "closed") return;
    this.consecutiveFailures++;
    if (this.consecutiveFailures >= this.settings.failureThreshold) this.open();
  }
  /** The call ended without telling us anything about Gemini (cancelled, no key). */
  recordNeutral(ticket) {
    if (ticket.probe) this.probeInFlight = false;
  }
  update(settings) {
    this.settings = settings;
  }
  reset() {
    this.consecutiveFailures = 0;
    this.probeInFlight = false;
    if (this.currentState !== "closed") this.moveTo("closed");
  }
  open() {
    this.openUntil = this.clock.now() + this.settings.cooldownMs;
    this.moveTo("open");
  }
  moveTo(state) {
    this.currentState = state;
    if (state === "closed") this.consecutiveFailures = 0;
    this.onChange(state);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CircuitBreaker
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9jaXJjdWl0QnJlYWtlci50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHR5cGUgeyBDbG9jayB9IGZyb20gJy4uL2NvcmUvcG9ydHMnO1xuaW1wb3J0IHR5cGUgeyBDaXJjdWl0U3RhdGUgfSBmcm9tICcuL3R5cGVzJztcblxuZXhwb3J0IGludGVyZmFjZSBCcmVha2VyU2V0dGluZ3Mge1xuICAvKiogQ29uc2VjdXRpdmUgZmFpbHVyZXMgdGhhdCBvcGVuIHRoZSBjaXJjdWl0LiAqL1xuICByZWFkb25seSBmYWlsdXJlVGhyZXNob2xkOiBudW1iZXI7XG4gIC8qKiBIb3cgbG9uZyBpdCBzdGF5cyBvcGVuIGJlZm9yZSBvbmUgcHJvYmUgaXMgbGV0IHRocm91Z2guICovXG4gIHJlYWRvbmx5IGNvb2xkb3duTXM6IG51bWJlcjtcbn1cblxuLyoqIFBlcm1pc3Npb24gdG8gbWFrZSBvbmUgY2FsbDsgcmVwb3J0IGhvdyBpdCB3ZW50IGV4YWN0bHkgb25jZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQnJlYWtlclRpY2tldCB7XG4gIC8qKiBUaGlzIGNhbGwgaXMgdGhlIGhhbGYtb3BlbiBwcm9iZTogaXRzIG91dGNvbWUgZGVjaWRlcyB0aGUgc3RhdGUuICovXG4gIHJlYWRvbmx5IHByb2JlOiBib29sZWFuO1xufVxuXG5leHBvcnQgdHlwZSBCcmVha2VyRGVjaXNpb24gPVxuICB8IHsgcmVhZG9ubHkgYWxsb3dlZDogdHJ1ZTsgcmVhZG9ubHkgdGlja2V0OiBCcmVha2VyVGlja2V0IH1cbiAgfCB7IHJlYWRvbmx5IGFsbG93ZWQ6IGZhbHNlOyByZWFkb25seSByZXRyeUF0OiBudW1iZXI7IHJlYWRvbmx5IHByb2JlSW5GbGlnaHQ6IGJvb2xlYW4gfTtcblxuLyoqXG4gKiBTdG9wcyBjYWxsaW5nIEdlbWluaSB3aGlsZSBpdCBpcyBjbGVhcmx5IGRvd24uIENsb3NlZDogY2FsbHMgcGFzcywgY29uc2VjdXRpdmUgZmFpbHVyZXMgYXJlXG4gKiBjb3VudGVkLiBPcGVuOiBjYWxscyBmYWlsIGZhc3QgdW50aWwgdGhlIGNvb2xkb3duIGVuZHMuIEhhbGYtb3Blbjogb25lIHByb2JlIHBhc3NlczsgaXRzXG4gKiBzdWNjZXNzIGNsb3NlcyB0aGUgY2lyY3VpdCwgaXRzIGZhaWx1cmUgb3BlbnMgaXQgYWdhaW4uXG4gKi9cbmV4cG9ydCBjbGFzcyBDaXJjdWl0QnJlYWtlciB7XG4gIHByaXZhdGUgY3VycmVudFN0YXRlOiBDaXJjdWl0U3RhdGUgPSAnY2xvc2VkJztcbiAgcHJpdmF0ZSBjb25zZWN1dGl2ZUZhaWx1cmVzID0gMDtcbiAgcHJpdmF0ZSBvcGVuVW50aWwgPSAwO1xuICBwcml2YXRlIHByb2JlSW5GbGlnaHQgPSBmYWxzZTtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHNldHRpbmdzOiBCcmVha2VyU2V0dGluZ3MsXG4gICAgcHJpdmF0ZSByZWFkb25seSBjbG9jazogQ2xvY2ssXG4gICAgcHJpdmF0ZSByZWFkb25seSBvbkNoYW5nZTogKHN0YXRlOiBDaXJjdWl0U3RhdGUpID0+IHZvaWQgPSAoKSA9PiB7fSxcbiAgKSB7fVxuXG4gIGdldCBzdGF0ZSgpOiBDaXJjdWl0U3RhdGUge1xuICAgIGlmICh0aGlzLmN1cnJlbnRTdGF0ZSA9PT0gJ29wZW4nICYmIHRoaXMuY2xvY2subm93KCkgPj0gdGhpcy5vcGVuVW50aWwpIHRoaXMubW92ZVRvKCdoYWxmLW9wZW4nKTtcbiAgICByZXR1cm4gdGhpcy5jdXJyZW50U3RhdGU7XG4gIH1cblxuICAvKiogV2hlbiBhbiBvcGVuIGNpcmN1aXQgbGV0cyB0aGUgbmV4dCBwcm9iZSB0aHJvdWdoICh1bmRlZmluZWQgdW5sZXNzIG9wZW4pLiAqL1xuICBnZXQgcmV0cnlBdCgpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLnN0YXRlID09PSAnb3BlbicgPyB0aGlzLm9wZW5VbnRpbCA6IHVuZGVmaW5lZDtcbiAgfVxuXG4gIGdldCBmYWlsdXJlcygpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLmNvbnNlY3V0aXZlRmFpbHVyZXM7XG4gIH1cblxuICB0cnlQYXNzKCk6IEJyZWFrZXJEZWNpc2lvbiB7XG4gICAgY29uc3Qgc3RhdGUgPSB0aGlzLnN0YXRlO1xuICAgIGlmIChzdGF0ZSA9PT0gJ2Nsb3NlZCcpIHJldHVybiB7IGFsbG93ZWQ6IHRydWUsIHRpY2tldDogeyBwcm9iZTogZmFsc2UgfSB9O1xuICAgIGlmIChzdGF0ZSA9PT0gJ29wZW4nKSByZXR1cm4geyBhbGxvd2VkOiBmYWxzZSwgcmV0cnlBdDogdGhpcy5vcGVuVW50aWwsIHByb2JlSW5GbGlnaHQ6IGZhbHNlIH07XG4gICAgaWYgKHRoaXMucHJvYmVJbkZsaWdodCkgcmV0dXJuIHsgYWxsb3dlZDogZmFsc2UsIHJldHJ5QXQ6IHRoaXMuY2xvY2subm93KCksIHByb2JlSW5GbGlnaHQ6IHRydWUgfTtcbiAgICB0aGlzLnByb2JlSW5GbGlnaHQgPSB0cnVlO1xuICAgIHJldHVybiB7IGFsbG93ZWQ6IHRydWUsIHRpY2tldDogeyBwcm9iZTogdHJ1ZSB9IH07XG4gIH1cblxuICAvKiogR2VtaW5pIGFuc3dlcmVkIChldmVuIHdpdGggYSByZWZ1c2FsKTogaXQgaXMgcmVhY2hhYmxlLiAqL1xuICByZWNvcmRTdWNjZXNzKHRpY2tldDogQnJlYWtlclRpY2tldCk6IHZvaWQge1xuICAgIGlmICh0aWNrZXQucHJvYmUpIHRoaXMucHJvYmVJbkZsaWdodCA9IGZhbHNlO1xuICAgIHRoaXMuY29uc2VjdXRpdmVGYWlsdXJlcyA9IDA7XG4gICAgaWYgKHRoaXMuY3VycmVudFN0YXRlICE9PSAnY2xvc2VkJykgdGhpcy5tb3ZlVG8oJ2Nsb3NlZCcpO1xuICB9XG5cbiAgLyoqIEdlbWluaSB3YXMgdW5yZWFjaGFibGUsIG92ZXJsb2FkZWQgb3IgdG9vIHNsb3cuICovXG4gIHJlY29yZEZhaWx1cmUodGlja2V0OiBCcmVha2VyVGlja2V0KTogdm9pZCB7XG4gICAgaWYgKHRpY2tldC5wcm9iZSkge1xuICAgICAgdGhpcy5wcm9iZUluRmxpZ2h0ID0gZmFsc2U7XG4gICAgICB0aGlzLm9wZW4oKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgLy8gQ2FsbHMgdGhhdCBzdGFydGVkIGJlZm9yZSB0aGUgY2lyY3VpdCBvcGVuZWQgZG8gbm90IGV4dGVuZCB0aGUgY29vbGRvd24uXG4gICAgaWYgKHRoaXMuY3VycmVudFN0YXRlICE9PSAnY2xvc2VkJykgcmV0dXJuO1xuICAgIHRoaXMuY29uc2VjdXRpdmVGYWlsdXJlcysrO1xuICAgIGlmICh0aGlzLmNvbnNlY3V0aXZlRmFpbHVyZXMgPj0gdGhpcy5zZXR0aW5ncy5mYWlsdXJlVGhyZXNob2xkKSB0aGlzLm9wZW4oKTtcbiAgfVxuXG4gIC8qKiBUaGUgY2FsbCBlbmRlZCB3aXRob3V0IHRlbGxpbmcgdXMgYW55dGhpbmcgYWJvdXQgR2VtaW5pIChjYW5jZWxsZWQsIG5vIGtleSkuICovXG4gIHJlY29yZE5ldXRyYWwodGlja2V0OiBCcmVha2VyVGlja2V0KTogdm9pZCB7XG4gICAgaWYgKHRpY2tldC5wcm9iZSkgdGhpcy5wcm9iZUluRmxpZ2h0ID0gZmFsc2U7XG4gIH1cblxuICB1cGRhdGUoc2V0dGluZ3M6IEJyZWFrZXJTZXR0aW5ncyk6IHZvaWQge1xuICAgIHRoaXMuc2V0dGluZ3MgPSBzZXR0aW5ncztcbiAgfVxuXG4gIHJlc2V0KCk6IHZvaWQge1xuICAgIHRoaXMuY29uc2VjdXRpdmVGYWlsdXJlcyA9IDA7XG4gICAgdGhpcy5wcm9iZUluRmxpZ2h0ID0gZmFsc2U7XG4gICAgaWYgKHRoaXMuY3VycmVudFN0YXRlICE9PSAnY2xvc2VkJykgdGhpcy5tb3ZlVG8oJ2Nsb3NlZCcpO1xuICB9XG5cbiAgcHJpdmF0ZSBvcGVuKCk6IHZvaWQge1xuICAgIHRoaXMub3BlblVudGlsID0gdGhpcy5jbG9jay5ub3coKSArIHRoaXMuc2V0dGluZ3MuY29vbGRvd25NcztcbiAgICB0aGlzLm1vdmVUbygnb3BlbicpO1xuICB9XG5cbiAgcHJpdmF0ZSBtb3ZlVG8oc3RhdGU6IENpcmN1aXRTdGF0ZSk6IHZvaWQge1xuICAgIHRoaXMuY3VycmVudFN0YXRlID0gc3RhdGU7XG4gICAgaWYgKHN0YXRlID09PSAnY2xvc2VkJykgdGhpcy5jb25zZWN1dGl2ZUZhaWx1cmVzID0gMDtcbiAgICB0aGlzLm9uQ2hhbmdlKHN0YXRlKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQXlCTyxNQUFNLGVBQWU7QUFBQSxFQU0xQixZQUNVLFVBQ1MsT0FDQSxXQUEwQyxNQUFNO0FBQUEsRUFBQyxHQUNsRTtBQUhRO0FBQ1M7QUFDQTtBQUFBLEVBQ2hCO0FBQUEsRUFITztBQUFBLEVBQ1M7QUFBQSxFQUNBO0FBQUEsRUFSWCxlQUE2QjtBQUFBLEVBQzdCLHNCQUFzQjtBQUFBLEVBQ3RCLFlBQVk7QUFBQSxFQUNaLGdCQUFnQjtBQUFBLEVBUXhCLElBQUksUUFBc0I7QUFDeEIsUUFBSSxLQUFLLGlCQUFpQixVQUFVLEtBQUssTUFBTSxJQUFJLEtBQUssS0FBSyxVQUFXLE1BQUssT0FBTyxXQUFXO0FBQy9GLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQTtBQUFBLEVBR0EsSUFBSSxVQUE4QjtBQUNoQyxXQUFPLEtBQUssVUFBVSxTQUFTLEtBQUssWUFBWTtBQUFBLEVBQ2xEO0FBQUEsRUFFQSxJQUFJLFdBQW1CO0FBQ3JCLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVBLFVBQTJCO0FBQ3pCLFVBQU0sUUFBUSxLQUFLO0FBQ25CLFFBQUksVUFBVSxTQUFVLFFBQU8sRUFBRSxTQUFTLE1BQU0sUUFBUSxFQUFFLE9BQU8sTUFBTSxFQUFFO0FBQ3pFLFFBQUksVUFBVSxPQUFRLFFBQU8sRUFBRSxTQUFTLE9BQU8sU0FBUyxLQUFLLFdBQVcsZUFBZSxNQUFNO0FBQzdGLFFBQUksS0FBSyxjQUFlLFFBQU8sRUFBRSxTQUFTLE9BQU8sU0FBUyxLQUFLLE1BQU0sSUFBSSxHQUFHLGVBQWUsS0FBSztBQUNoRyxTQUFLLGdCQUFnQjtBQUNyQixXQUFPLEVBQUUsU0FBUyxNQUFNLFFBQVEsRUFBRSxPQUFPLEtBQUssRUFBRTtBQUFBLEVBQ2xEO0FBQUE7QUFBQSxFQUdBLGNBQWMsUUFBNkI7QUFDekMsUUFBSSxPQUFPLE1BQU8sTUFBSyxnQkFBZ0I7QUFDdkMsU0FBSyxzQkFBc0I7QUFDM0IsUUFBSSxLQUFLLGlCQUFpQixTQUFVLE1BQUssT0FBTyxRQUFRO0FBQUEsRUFDMUQ7QUFBQTtBQUFBLEVBR0EsY0FBYyxRQUE2QjtBQUN6QyxRQUFJLE9BQU8sT0FBTztBQUNoQixXQUFLLGdCQUFnQjtBQUNyQixXQUFLLEtBQUs7QUFDVjtBQUFBLElBQ0Y7QUFFQSxRQUFJLEtBQUssaUJBQWlCLFNBQVU7QUFDcEMsU0FBSztBQUNMLFFBQUksS0FBSyx1QkFBdUIsS0FBSyxTQUFTLGlCQUFrQixNQUFLLEtBQUs7QUFBQSxFQUM1RTtBQUFBO0FBQUEsRUFHQSxjQUFjLFFBQTZCO0FBQ3pDLFFBQUksT0FBTyxNQUFPLE1BQUssZ0JBQWdCO0FBQUEsRUFDekM7QUFBQSxFQUVBLE9BQU8sVUFBaUM7QUFDdEMsU0FBSyxXQUFXO0FBQUEsRUFDbEI7QUFBQSxFQUVBLFFBQWM7QUFDWixTQUFLLHNCQUFzQjtBQUMzQixTQUFLLGdCQUFnQjtBQUNyQixRQUFJLEtBQUssaUJBQWlCLFNBQVUsTUFBSyxPQUFPLFFBQVE7QUFBQSxFQUMxRDtBQUFBLEVBRVEsT0FBYTtBQUNuQixTQUFLLFlBQVksS0FBSyxNQUFNLElBQUksSUFBSSxLQUFLLFNBQVM7QUFDbEQsU0FBSyxPQUFPLE1BQU07QUFBQSxFQUNwQjtBQUFBLEVBRVEsT0FBTyxPQUEyQjtBQUN4QyxTQUFLLGVBQWU7QUFDcEIsUUFBSSxVQUFVLFNBQVUsTUFBSyxzQkFBc0I7QUFDbkQsU0FBSyxTQUFTLEtBQUs7QUFBQSxFQUNyQjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
