// The one-line summary under an element's name, on the canvas and in exported pictures.
import type { TopologyElement } from '../model/types';

export function describeElement(el: TopologyElement): string {
  switch (el.kind) {
    case 'onPremSite':
      return [el.props.city, el.props.addressSpaces.join(', ')].filter(Boolean).join(' · ');
    case 'vpnDevice':
      return el.props.publicIp ? `Public IP ${el.props.publicIp}` : 'Public IP not set';
    case 'localNetworkGateway':
      return el.props.addressSpaces.join(', ') || 'No on-premises prefixes';
    case 'p2sUserGroup':
      return `${el.props.users} users · ${el.props.protocols.join('/') || 'no protocol'}`;
    case 'vnet':
      return [el.props.region, el.props.addressSpaces.join(', ')].filter(Boolean).join(' · ');
    case 'subnet':
      return el.props.prefix || 'No prefix';
    case 'vpnGateway':
      return `${el.props.sku} · ${el.props.generation}${el.props.activeActive ? ' · active-active' : ''}`;
    case 'erGateway':
      return el.props.sku === 'ErGwScale' ? `ErGwScale × ${el.props.scaleUnits}` : el.props.sku;
    case 'erCircuit': {
      const bw = el.props.bandwidthMbps >= 1000 ? `${el.props.bandwidthMbps / 1000} Gbps` : `${el.props.bandwidthMbps} Mbps`;
      return `${bw} · ${el.props.tier} · ${el.props.dataPlan}`;
    }
    case 'connectivityProvider':
      return el.props.provider || 'Provider not set';
    case 'peeringLocation':
      return el.props.location || 'Location not set';
    case 'microsoftServices':
      return el.props.services.join(', ');
  }
}
