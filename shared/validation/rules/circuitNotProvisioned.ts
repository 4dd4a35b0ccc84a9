// A circuit carries traffic only once the provider has provisioned it (serviceProviderProvisioningState
// = Provisioned). Source: ExpressRoute workflows for circuit provisioning.
import { DOCS } from '../../data/docs';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

export const circuitNotProvisioned: Rule = {
  id: 'circuit-not-provisioned',
  title: 'Circuit not provisioned yet',
  severity: 'warning',
  category: 'ExpressRoute circuit',
  description:
    "A circuit carries no traffic until its provider state is Provisioned: after creating it, give the service key to the connectivity provider and wait for them to provision it.",
  source: DOCS.erWorkflows,
  reads: ['erCircuit'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const circuit of ctx.elementsOfKind('erCircuit')) {
      const { providerState, provider, expressRouteDirect } = circuit.props;
      if (providerState === 'Provisioned') continue;
      const who = provider.trim() || 'your connectivity provider';
      const name = ctx.label(circuit.id);
      const message =
        providerState === 'Deprovisioning'
          ? `Circuit ${name} is being deprovisioned: no traffic flows over it. Delete it, or ask ${who} to provision it again.`
          : expressRouteDirect && provider.trim() === ''
            ? `Circuit ${name} is ${providerState}: no traffic flows yet. Connect your routers to the ExpressRoute Direct ports and wait for Provisioned.`
            : `Circuit ${name} is ${providerState}: no traffic flows yet. Give the service key to ${who} and wait for Provisioned.`;
      findings.push(finding(this, [circuit.id], message));
    }
    return findings;
  },
};
