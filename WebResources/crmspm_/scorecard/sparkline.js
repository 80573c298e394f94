const SVG = "http://www.w3.org/2000/svg";
const [WIDTH, HEIGHT, PADDING] = [80, 24, 2];

/**
 * A small SVG line of 0–100 values (a rep's adoption by period, a deal's recent scores), built from numbers only.
 * @param {number[]} values oldest first; fewer than two values draws nothing
 * @param {string} label what a screen reader hears
 * @returns {SVGSVGElement | null}
 */
export function renderSparkline(values, label) {
  if (values.length < 2) return null;
  // One scale for every rep (adoption is 0–100), so two sparklines side by side compare.
  const min = 0;
  const span = 100;
  const step = (WIDTH - 2 * PADDING) / (values.length - 1);
  const points = values.map((value, index) => {
    const x = PADDING + index * step;
    const share = Math.min(1, Math.max(0, (value - min) / span));
    const y = HEIGHT - PADDING - share * (HEIGHT - 2 * PADDING);
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("class", "sparkline");
  svg.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute("width", String(WIDTH));
  svg.setAttribute("height", String(HEIGHT));
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  const line = document.createElementNS(SVG, "polyline");
  line.setAttribute("points", points.join(" "));
  line.setAttribute("fill", "none");
  line.setAttribute("stroke", "currentColor");
  line.setAttribute("stroke-width", "1.5");
  svg.appendChild(line);
  return svg;
}
