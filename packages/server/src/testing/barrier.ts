import type { Db, Queryable } from "../storage/db.js";

/**
 * Wraps a PostgreSQL `Db` so that the first `parties` transactions which read a case's events all
 * wait until every one of them has read: they then decide over the same version and race to append,
 * which makes an optimistic-concurrency conflict certain instead of lucky. Only for a pool with at
 * least `parties` connections (PGlite runs transactions one at a time and would wait forever).
 */
export function eventLoadBarrier(db: Db, parties: number): Db {
  let arrived = 0;
  let release!: () => void;
  const allArrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  const gate = (tx: Queryable): Queryable => ({
    exec: (sql) => tx.exec(sql),
    async query(sql, params) {
      const result = await tx.query(sql, params);
      if (/FROM case_events/.test(sql) && arrived < parties) {
        arrived++;
        if (arrived === parties) release();
        await allArrived;
      }
      return result as never;
    },
  });
  return { ...db, transaction: (fn) => db.transaction((tx) => fn(gate(tx))) };
}
