// Writes a template as a few readable lines. Elements and links go through the real schema, so a
// template gets exactly the defaults a user gets; scenes list the containers of what they show by
// themselves, so a scene can never show a gateway floating without its GatewaySubnet and VNet.
import { elementSchema, linkSchema, sceneSchema } from '../model/schema';
import type { ElementKind, LinkKind } from '../model/enums';
import type { Point, Scene, Size, TopologyDocument, TopologyElement, TopologyLink } from '../model/types';

/** Left-to-right columns: on-premises, its edge (devices, providers), Azure's edge (LNGs, circuits), Azure. */
export const COLUMN = { onPrem: 0, edge: 300, azureEdge: 600, azure: 900 } as const;

interface ElementOptions {
  parentId?: string;
  size?: Size;
  notes?: string;
}

interface LinkOptions {
  name?: string;
  notes?: string;
}

interface SceneInput {
  id: string;
  title: string;
  caption: string;
  /** What the scene shows; containers of these are added. */
  show: readonly string[];
  /** Links shown; by default every link whose two ends are shown. */
  links?: readonly string[];
  /** Elements or links failed in this scene (a what-if); they must be shown. */
  failed?: readonly string[];
}

export class TemplateBuilder {
  private readonly elements: TopologyElement[] = [];
  private readonly links: TopologyLink[] = [];
  private readonly scenes: SceneInput[] = [];

  element(kind: ElementKind, id: string, name: string, position: Point, props: Record<string, unknown> = {}, options: ElementOptions = {}): this {
    this.elements.push(elementSchema.parse({ id, kind, name, position, props, ...options }));
    return this;
  }

  link(kind: LinkKind, id: string, source: string, target: string, props: Record<string, unknown> = {}, options: LinkOptions = {}): this {
    this.links.push(linkSchema.parse({ id, kind, source, target, props, ...options }));
    return this;
  }

  scene(input: SceneInput): this {
    this.scenes.push(input);
    return this;
  }

  build(title: string, description: string): TopologyDocument {
    const byId = new Map(this.elements.map((e) => [e.id, e]));
    const scenes: Scene[] = this.scenes.map((s) => {
      const shown = new Set<string>();
      for (const id of [...s.show, ...(s.failed ?? []).filter((f) => byId.has(f))]) {
        for (let el = byId.get(id); el && !shown.has(el.id); el = el.parentId ? byId.get(el.parentId) : undefined) shown.add(el.id);
      }
      const linkIds = s.links ?? this.links.filter((l) => shown.has(l.source) && shown.has(l.target)).map((l) => l.id);
      return sceneSchema.parse({
        id: s.id,
        title: s.title,
        caption: s.caption,
        // Document order, so a scene reads the same however it was written.
        elementIds: this.elements.filter((e) => shown.has(e.id)).map((e) => e.id),
        linkIds,
        failedIds: s.failed ?? [],
      });
    });
    return { title, description, elements: this.elements, links: this.links, scenes };
  }
}

/** Sizes of the Azure containers the templates draw; the numbers keep children clear of the labels. */
const GATEWAY_SUBNET_WIDTH = 260;
const GATEWAY_ROW = 100;
const SUBNET_SIZE: Size = { width: 200, height: 70 };

export interface VnetInput {
  id: string;
  name: string;
  position: Point;
  region: string;
  addressSpace: string;
  notes?: string;
  /** The GatewaySubnet prefix and the gateways inside it, top to bottom. */
  gatewaySubnet?: { id: string; prefix: string; notes?: string };
  gateways?: ReadonlyArray<{ id: string; kind: 'vpnGateway' | 'erGateway'; name: string; props: Record<string, unknown>; notes?: string }>;
  subnets?: ReadonlyArray<{ id: string; name: string; prefix: string }>;
}

/** A VNet drawn with its GatewaySubnet (holding the gateways) on the left and workload subnets on the right. */
export function addVnet(b: TemplateBuilder, v: VnetInput): TemplateBuilder {
  const gateways = v.gateways ?? [];
  const subnets = v.subnets ?? [];
  const gatewayHeight = v.gatewaySubnet ? 40 + GATEWAY_ROW * Math.max(1, gateways.length) : 0;
  const subnetX = v.gatewaySubnet ? 20 + GATEWAY_SUBNET_WIDTH + 20 : 20;
  const subnetsHeight = subnets.length * (SUBNET_SIZE.height + 20) - 20;
  const height = 40 + Math.max(gatewayHeight, subnetsHeight) + 20;
  const width = subnetX + SUBNET_SIZE.width + 20;
  b.element('vnet', v.id, v.name, v.position, { region: v.region, addressSpaces: [v.addressSpace] }, { size: { width, height }, ...(v.notes ? { notes: v.notes } : {}) });
  if (v.gatewaySubnet) {
    const gs = v.gatewaySubnet;
    b.element('subnet', gs.id, 'GatewaySubnet', { x: 20, y: 40 }, { prefix: gs.prefix }, {
      parentId: v.id,
      size: { width: GATEWAY_SUBNET_WIDTH, height: gatewayHeight },
      ...(gs.notes ? { notes: gs.notes } : {}),
    });
    gateways.forEach((g, i) => {
      b.element(g.kind, g.id, g.name, { x: 20, y: 50 + i * GATEWAY_ROW }, g.props, { parentId: gs.id, ...(g.notes ? { notes: g.notes } : {}) });
    });
  }
  subnets.forEach((s, i) => {
    b.element('subnet', s.id, s.name, { x: subnetX, y: 40 + i * (SUBNET_SIZE.height + 20) }, { prefix: s.prefix }, { parentId: v.id, size: SUBNET_SIZE });
  });
  return b;
}
