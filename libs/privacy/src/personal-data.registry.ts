import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { PERSONAL_DATA_PROVIDER, type PersonalDataProvider } from '@cop/platform';

/**
 * Every domain's PersonalDataProvider (marked @ProvidesPersonalData()), found once in the
 * application. A class listed by more than one module counts once (by its name).
 */
@Injectable()
export class PersonalDataRegistry {
  private providers?: PersonalDataProvider[];

  constructor(private readonly discovery: DiscoveryService) {}

  all(): PersonalDataProvider[] {
    if (this.providers) return this.providers;
    const byName = new Map<string, PersonalDataProvider>();
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype || !Reflect.getMetadata(PERSONAL_DATA_PROVIDER, metatype)) continue;
      const provider = instance as PersonalDataProvider;
      const known = byName.get(provider.name);
      if (known && known.constructor !== provider.constructor)
        throw new Error(`Two personal-data providers are named "${provider.name}"`);
      byName.set(provider.name, provider);
    }
    this.providers = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
    return this.providers;
  }

  /** In erasure order: ascending eraseOrder, then name. */
  inErasureOrder(): PersonalDataProvider[] {
    return [...this.all()].sort(
      (a, b) => (a.eraseOrder ?? 0) - (b.eraseOrder ?? 0) || a.name.localeCompare(b.name),
    );
  }
}
