// Properties of one link.
import { IKE_VERSIONS, type TopologyLink } from '../../shared/model';
import { editLink } from '../commands/editCommands';
import { CheckField, CidrListField, NumberField, SecretField, SelectField, TextField, validateCidr } from './fields';

export function LinkForm({ link }: { link: TopologyLink }) {
  const props = (patch: Record<string, unknown>, field: string) => editLink(link.id, { props: patch }, field);
  switch (link.kind) {
    case 's2s':
      return (
        <>
          <SecretField label="Shared key (PSK)" value={link.props.sharedKey} hint="Printable ASCII; no spaces, '-' or '~'. The same key goes on the VPN device." onChange={(v) => props({ sharedKey: v }, 'sharedKey')} testId="sharedKey" />
          <SelectField label="IKE version" value={link.props.ikeVersion} options={IKE_VERSIONS.map((v) => ({ value: v, label: v }))} onChange={(v) => props({ ikeVersion: v }, 'ikeVersion')} testId="ikeVersion" />
          <CheckField label="BGP over this tunnel" checked={link.props.bgp} onChange={(v) => props({ bgp: v }, 'bgp')} testId="linkBgp" />
        </>
      );
    case 'vnetPeering':
      return (
        <>
          <CheckField label="Allow gateway transit" checked={link.props.allowGatewayTransit} onChange={(v) => props({ allowGatewayTransit: v }, 'allowGatewayTransit')} testId="allowGatewayTransit" />
          <CheckField label="Use remote gateways" checked={link.props.useRemoteGateways} onChange={(v) => props({ useRemoteGateways: v }, 'useRemoteGateways')} testId="useRemoteGateways" />
        </>
      );
    case 'globalReach':
      return <TextField label="Global Reach subnet (/29)" value={link.props.subnet} validate={validateCidr} placeholder="192.168.250.0/29" onChange={(v) => props({ subnet: v }, 'subnet')} testId="globalReachSubnet" />;
    case 'lastMile':
      return <NumberField label="Access bandwidth" unit="Mbps" value={link.props.bandwidthMbps} min={1} optional onCommit={(v) => props({ bandwidthMbps: v }, 'bandwidthMbps')} testId="lastMileBandwidth" />;
    case 'microsoftPeering':
      return (
        <>
          <CidrListField label="Advertised public prefixes" values={link.props.advertisedPrefixes} onChange={(v) => props({ advertisedPrefixes: v }, 'advertisedPrefixes')} testId="advertisedPrefixes" />
          <CheckField label="Route filter attached" checked={link.props.routeFilter} onChange={(v) => props({ routeFilter: v }, 'routeFilter')} testId="routeFilter" />
        </>
      );
    default:
      return null;
  }
}
