/**
 * Just enough TopoJSON for the municipality map: an unquantised topology (absolute longitude/latitude arcs, as
 * in data/maps/kommuner-2024-S.topojson) turned into one SVG path per feature.
 */
type Position = [number, number];

interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  arcs: number[][] | number[][][];
  properties: Record<string, string>;
}

export interface Topology {
  type: 'Topology';
  bbox: [number, number, number, number];
  arcs: Position[][];
  objects: Record<string, { type: 'GeometryCollection'; geometries: Geometry[] }>;
  transform?: unknown;
}

export interface MapFeature {
  properties: Record<string, string>;
  /** SVG path data in the map's view box. */
  path: string;
}

export interface ProjectedMap {
  viewBox: string;
  features: MapFeature[];
}

/** Units per degree of latitude in the view box. */
const SCALE = 20;

/**
 * Projects with an equirectangular projection true at the map's middle latitude (longitude scaled by its
 * cosine), which keeps Norway's shape recognisable without a projection library.
 */
export function projectTopology(topology: Topology, objectName: string): ProjectedMap {
  if (topology.transform) throw new Error('Quantised TopoJSON is not supported');
  const [minLon, minLat, maxLon, maxLat] = topology.bbox;
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const x = (lon: number) => Math.round((lon - minLon) * k * SCALE * 100) / 100;
  const y = (lat: number) => Math.round((maxLat - lat) * SCALE * 100) / 100;

  const arcPoints = (index: number): Position[] => {
    const arc = topology.arcs[index < 0 ? ~index : index];
    if (!arc) throw new Error(`Arc ${index} is missing`);
    return index < 0 ? [...arc].reverse() : arc;
  };
  const ring = (indices: number[]): string => {
    const points: Position[] = [];
    indices.forEach((index, i) => {
      const arc = arcPoints(index);
      points.push(...(i === 0 ? arc : arc.slice(1)));
    });
    return `M${points.map(([lon, lat]) => `${x(lon)},${y(lat)}`).join('L')}Z`;
  };

  const object = topology.objects[objectName];
  if (!object) throw new Error(`The topology has no object ${objectName}`);
  const features = object.geometries.map((geometry) => {
    const polygons =
      geometry.type === 'Polygon' ? [geometry.arcs as number[][]] : (geometry.arcs as number[][][]);
    return {
      properties: geometry.properties,
      path: polygons.map((polygon) => polygon.map(ring).join('')).join(''),
    };
  });
  const width = x(maxLon);
  const height = y(minLat);
  return { viewBox: `0 0 ${width} ${height}`, features };
}
