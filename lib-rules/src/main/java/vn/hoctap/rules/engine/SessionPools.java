package vn.hoctap.rules.engine;

import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import vn.hoctap.rules.RulePack;

/**
 * One session pool per rule layer, in the layers' order, each made when its layer's rules first run: making a pool
 * needs the layer's rule base, and a national base may still be building when the engine is made
 * ({@link vn.hoctap.rules.CompiledRules}), or never be needed (a host that evaluates only units never runs the rules
 * of "Công dân học tập"). Thread-safe; each pool is made once.
 */
final class SessionPools extends AbstractList<KieSessionsPool> {
    private final List<RulePack> layers;
    private final AtomicReferenceArray<KieSessionsPool> pools;

    SessionPools(List<RulePack> layers) {
        this.layers = List.copyOf(layers);
        this.pools = new AtomicReferenceArray<>(this.layers.size());
    }

    @Override
    public KieSessionsPool get(int layer) {
        KieSessionsPool pool = pools.get(layer);
        if (pool != null) {
            return pool;
        }
        // Waited for outside the lock: another layer's pool need not wait for this layer's base.
        KieBase base = layers.get(layer).kieBase();
        synchronized (this) {
            pool = pools.get(layer);
            if (pool == null) {
                pool = base.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
                pools.set(layer, pool);
            }
            return pool;
        }
    }

    @Override
    public int size() {
        return layers.size();
    }
}
