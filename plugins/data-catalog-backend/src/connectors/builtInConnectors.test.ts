import { builtInConnectors } from './builtInConnectors';
import { ConnectorRegistry } from './ConnectorRegistry';

describe('builtInConnectors', () => {
  it('registers PostgreSQL, MySQL/MariaDB and SQLite once each', () => {
    const registry = new ConnectorRegistry();
    registry.add(...builtInConnectors());
    expect(registry.platforms()).toEqual(['mysql', 'postgresql', 'sqlite']);
    expect(() => registry.add(...builtInConnectors())).toThrow(
      /already registered/,
    );
  });
});
