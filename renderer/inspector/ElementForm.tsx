// Properties of one element, with the controls that fit each value.
import {
  CIRCUIT_BANDWIDTHS_MBPS,
  CIRCUIT_TIERS,
  DATA_PLANS,
  ER_GATEWAY_SKUS,
  MICROSOFT_SERVICES,
  P2S_AUTH_TYPES,
  P2S_PROTOCOLS,
  PROVIDER_STATES,
  VPN_GATEWAY_SKUS,
  VPN_GENERATIONS,
  VPN_TYPES,
  type TopologyElement,
} from '../../shared/model';
import { editElement } from '../commands/editCommands';
import { CheckField, CidrListField, MultiCheckField, NumberField, SelectField, TextField, validateCidr, validateIp } from './fields';
import { peeringLocationOptions, providerOptions, regionOptions } from './options';

const plain = <T extends string>(values: readonly T[]) => values.map((v) => ({ value: v, label: v }));

const bandwidthLabel = (mbps: number) => (mbps >= 1000 ? `${mbps / 1000} Gbps` : `${mbps} Mbps`);

const SKU_HINTS: Record<string, string> = {
  Basic: 'Basic: no BGP, no IKEv2/OpenVPN, no active-active, no coexistence with ExpressRoute.',
  VpnGw1: 'Non-AZ SKUs can no longer be created (since 1 Jan 2025); choose an AZ SKU.',
  VpnGw2: 'Non-AZ SKUs can no longer be created (since 1 Jan 2025); choose an AZ SKU.',
  VpnGw3: 'Non-AZ SKUs can no longer be created (since 1 Jan 2025); choose an AZ SKU.',
  VpnGw4: 'Non-AZ SKUs can no longer be created (since 1 Jan 2025); choose an AZ SKU.',
  VpnGw5: 'Non-AZ SKUs can no longer be created (since 1 Jan 2025); choose an AZ SKU.',
};

export function ElementForm({ element: el }: { element: TopologyElement }) {
  const props = (patch: Record<string, unknown>, field: string) => editElement(el.id, { props: patch }, field);
  switch (el.kind) {
    case 'onPremSite':
      return (
        <>
          <TextField label="City" value={el.props.city} onChange={(v) => props({ city: v }, 'city')} testId="city" />
          <div className="htd-field-row">
            <NumberField label="Latitude" value={el.props.latitude} min={-90} max={90} optional onCommit={(v) => props({ latitude: v }, 'latitude')} testId="latitude" />
            <NumberField label="Longitude" value={el.props.longitude} min={-180} max={180} optional onCommit={(v) => props({ longitude: v }, 'longitude')} testId="longitude" />
          </div>
          <CidrListField label="Address spaces" values={el.props.addressSpaces} onChange={(v) => props({ addressSpaces: v }, 'addressSpaces')} testId="addressSpaces" />
          <CheckField
            label="Traffic must not cross the public internet"
            checked={el.props.mustNotTraverseInternet}
            onChange={(v) => props({ mustNotTraverseInternet: v }, 'mustNotTraverseInternet')}
            testId="mustNotTraverseInternet"
          />
          <TrafficFields el={el} />
        </>
      );
    case 'vpnDevice':
      return (
        <>
          <TextField label="Public IP address" value={el.props.publicIp} validate={validateIp} onChange={(v) => props({ publicIp: v }, 'publicIp')} testId="publicIp" />
          <TextField label="Vendor / model" value={el.props.vendor} onChange={(v) => props({ vendor: v }, 'vendor')} testId="vendor" />
          <NumberField label="BGP ASN" value={el.props.asn} integer min={1} max={4294967295} optional onCommit={(v) => props({ asn: v }, 'asn')} testId="asn" />
        </>
      );
    case 'localNetworkGateway':
      return (
        <>
          <TextField label="VPN device public IP" value={el.props.gatewayIp} validate={validateIp} onChange={(v) => props({ gatewayIp: v }, 'gatewayIp')} testId="gatewayIp" />
          <CidrListField label="On-premises prefixes" values={el.props.addressSpaces} onChange={(v) => props({ addressSpaces: v }, 'addressSpaces')} testId="addressSpaces" />
          <CheckField label="BGP" checked={el.props.bgp.enabled} onChange={(v) => props({ bgp: { ...el.props.bgp, enabled: v } }, 'bgp.enabled')} testId="bgpEnabled" />
          {el.props.bgp.enabled && (
            <>
              <NumberField label="On-premises ASN" value={el.props.bgp.asn} integer min={1} max={4294967295} optional onCommit={(v) => props({ bgp: { ...el.props.bgp, asn: v } }, 'bgp.asn')} testId="bgpAsn" />
              <TextField label="BGP peer IP" value={el.props.bgp.peerIp} validate={validateIp} onChange={(v) => props({ bgp: { ...el.props.bgp, peerIp: v } }, 'bgp.peerIp')} testId="bgpPeerIp" />
            </>
          )}
        </>
      );
    case 'p2sUserGroup':
      return (
        <>
          <NumberField label="Users" value={el.props.users} integer min={0} max={1000000} onCommit={(v) => props({ users: v ?? 0 }, 'users')} testId="users" />
          <MultiCheckField label="Tunnel protocols" options={plain(P2S_PROTOCOLS)} values={el.props.protocols} onChange={(v) => props({ protocols: v }, 'protocols')} testId="protocols" />
          <SelectField label="Authentication" value={el.props.authentication} options={[
            { value: 'Certificate', label: 'Azure certificate' },
            { value: 'EntraID', label: 'Microsoft Entra ID (OpenVPN only)' },
            { value: 'RADIUS', label: 'RADIUS' },
          ].filter((o) => (P2S_AUTH_TYPES as readonly string[]).includes(o.value))} onChange={(v) => props({ authentication: v }, 'authentication')} testId="authentication" />
          <TextField label="Client address pool" value={el.props.addressPool} validate={validateCidr} placeholder="172.16.200.0/24" onChange={(v) => props({ addressPool: v }, 'addressPool')} testId="addressPool" />
          <TrafficFields el={el} />
        </>
      );
    case 'vnet':
      return (
        <>
          <SelectField label="Azure region" value={el.props.region} options={regionOptions()} onChange={(v) => props({ region: v }, 'region')} testId="region" />
          <CidrListField label="Address spaces" values={el.props.addressSpaces} onChange={(v) => props({ addressSpaces: v }, 'addressSpaces')} testId="addressSpaces" />
        </>
      );
    case 'subnet':
      return (
        <TextField
          label="Address prefix"
          value={el.props.prefix}
          validate={validateCidr}
          onChange={(v) => props({ prefix: v }, 'prefix')}
          hint={el.name === 'GatewaySubnet' ? 'Gateways need /29 at least; /27 or larger is recommended.' : undefined}
          testId="prefix"
        />
      );
    case 'vpnGateway':
      return (
        <>
          <SelectField label="SKU" value={el.props.sku} options={plain(VPN_GATEWAY_SKUS).map((o) => ({ ...o, group: o.value.endsWith('AZ') ? 'Zone-redundant (AZ)' : o.value === 'Basic' ? 'Basic' : 'Legacy (not creatable)' }))} hint={SKU_HINTS[el.props.sku]} onChange={(v) => props({ sku: v }, 'sku')} testId="sku" />
          <SelectField label="Generation" value={el.props.generation} options={plain(VPN_GENERATIONS)} onChange={(v) => props({ generation: v }, 'generation')} testId="generation" />
          <SelectField label="VPN type" value={el.props.vpnType} options={plain(VPN_TYPES)} onChange={(v) => props({ vpnType: v }, 'vpnType')} testId="vpnType" />
          <CheckField label="Active-active" checked={el.props.activeActive} onChange={(v) => props({ activeActive: v }, 'activeActive')} testId="activeActive" />
          <CheckField label="NAT rules" checked={el.props.nat} hint="NAT needs VpnGw2 or larger." onChange={(v) => props({ nat: v }, 'nat')} testId="nat" />
          <CheckField label="BGP" checked={el.props.bgp.enabled} onChange={(v) => props({ bgp: { ...el.props.bgp, enabled: v } }, 'bgp.enabled')} testId="bgpEnabled" />
          {el.props.bgp.enabled && (
            <NumberField label="Azure ASN" value={el.props.bgp.asn} integer min={1} max={4294967295} optional hint="Azure's default is 65515." onCommit={(v) => props({ bgp: { ...el.props.bgp, asn: v } }, 'bgp.asn')} testId="bgpAsn" />
          )}
        </>
      );
    case 'erGateway':
      return (
        <>
          <SelectField label="SKU" value={el.props.sku} options={plain(ER_GATEWAY_SKUS)} onChange={(v) => props({ sku: v }, 'sku')} testId="sku" />
          {el.props.sku === 'ErGwScale' && (
            <NumberField label="Scale units" value={el.props.scaleUnits} integer min={1} max={40} hint="One unit is about 1 Gbps." onCommit={(v) => props({ scaleUnits: v ?? 1 }, 'scaleUnits')} testId="scaleUnits" />
          )}
          <CheckField label="FastPath" checked={el.props.fastPath} onChange={(v) => props({ fastPath: v }, 'fastPath')} testId="fastPath" />
        </>
      );
    case 'erCircuit':
      return (
        <>
          <SelectField label="Bandwidth" value={String(el.props.bandwidthMbps)} options={CIRCUIT_BANDWIDTHS_MBPS.map((b) => ({ value: String(b), label: `${bandwidthLabel(b)}${b > 10000 ? ' (ExpressRoute Direct)' : ''}` }))} onChange={(v) => props({ bandwidthMbps: Number(v) }, 'bandwidthMbps')} testId="bandwidth" />
          <SelectField label="Tier" value={el.props.tier} options={plain(CIRCUIT_TIERS)} onChange={(v) => props({ tier: v }, 'tier')} testId="tier" />
          <SelectField label="Data plan" value={el.props.dataPlan} options={plain(DATA_PLANS)} hint={el.props.tier === 'Local' ? 'Local circuits always include egress (Unlimited).' : undefined} onChange={(v) => props({ dataPlan: v }, 'dataPlan')} testId="dataPlan" />
          <SelectField label="Peering location" value={el.props.peeringLocation} options={peeringLocationOptions()} onChange={(v) => props({ peeringLocation: v }, 'peeringLocation')} testId="peeringLocation" />
          <SelectField label="Provider" value={el.props.provider} options={providerOptions(el.props.peeringLocation)} onChange={(v) => props({ provider: v }, 'provider')} testId="provider" />
          <CheckField label="ExpressRoute Direct (no provider)" checked={el.props.expressRouteDirect} onChange={(v) => props({ expressRouteDirect: v }, 'expressRouteDirect')} testId="expressRouteDirect" />
          {el.props.expressRouteDirect && (
            <CheckField label="MACsec on the Direct ports" checked={el.props.macsec} onChange={(v) => props({ macsec: v }, 'macsec')} testId="macsec" />
          )}
          <SelectField label="Provider provisioning state" value={el.props.providerState} options={plain(PROVIDER_STATES)} onChange={(v) => props({ providerState: v }, 'providerState')} testId="providerState" />
          <CheckField label="Private peering" checked={el.props.peerings.private} onChange={(v) => props({ peerings: { ...el.props.peerings, private: v } }, 'peerings.private')} testId="privatePeering" />
          <CheckField label="Microsoft peering" checked={el.props.peerings.microsoft} onChange={(v) => props({ peerings: { ...el.props.peerings, microsoft: v } }, 'peerings.microsoft')} testId="microsoftPeering" />
        </>
      );
    case 'connectivityProvider':
      return <SelectField label="Provider" value={el.props.provider} options={providerOptions('')} onChange={(v) => props({ provider: v }, 'provider')} testId="provider" />;
    case 'peeringLocation':
      return <SelectField label="Location" value={el.props.location} options={peeringLocationOptions()} onChange={(v) => props({ location: v }, 'location')} testId="location" />;
    case 'microsoftServices':
      return (
        <MultiCheckField
          label="Services"
          options={MICROSOFT_SERVICES.map((s) => ({ value: s, label: { Microsoft365: 'Microsoft 365', AzurePaaS: 'Azure PaaS (public endpoints)', Dynamics365: 'Dynamics 365' }[s] }))}
          values={el.props.services}
          onChange={(v) => props({ services: v }, 'services')}
          testId="services"
        />
      );
  }
}

function TrafficFields({ el }: { el: Extract<TopologyElement, { kind: 'onPremSite' | 'p2sUserGroup' }> }) {
  const set = (patch: Record<string, number>, field: string) => editElement(el.id, { props: { traffic: { ...el.props.traffic, ...patch } } }, field);
  return (
    <div className="htd-field-row">
      <NumberField label="Traffic" unit="GB/month" value={el.props.traffic.gbPerMonth} min={0} onCommit={(v) => set({ gbPerMonth: v ?? 0 }, 'traffic.gb')} testId="trafficGb" />
      <NumberField label="Peak" unit="Mbps" value={el.props.traffic.peakMbps} min={0} onCommit={(v) => set({ peakMbps: v ?? 0 }, 'traffic.peak')} testId="trafficPeak" />
    </div>
  );
}
