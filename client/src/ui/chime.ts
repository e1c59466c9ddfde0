/**
 * A short, soft two-note chime made with the Web Audio API (no sound file to load). Browsers
 * allow sound once the page has had a click, which joining or starting the timer provides;
 * where sound is not allowed the chime stays silent and the visible "Time's up" remains.
 */
export function playChime(): void {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) return;
  try {
    const context = new AudioContextClass();
    void context.resume();
    const start = context.currentTime;
    for (const [index, frequency] of [880, 660].entries()) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      const at = start + index * 0.35;
      oscillator.type = "sine";
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.3, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.9);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.95);
    }
    setTimeout(() => void context.close(), 1600);
  } catch {
    // No sound on this device; the countdown still says "Time's up".
  }
}
