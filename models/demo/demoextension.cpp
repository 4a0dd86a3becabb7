#include "demoextension.h"

#include "demochronic.h"
#include "democontracts.h"
#include "demoimmunization.h"
#include "demomaternal.h"
#include "demorecord.h"
#include "demosharedcare.h"
#include "demotcm.h"
#include "sqlitestmt.h"

namespace Models {

Result<void> generateDemoUsers(const QString &, sqlite3 *, const Scope &, const DemoOptions &);

// One line per capability, in the order they run.
const QList<DemoExtension> &demoExtensions()
{
    static const QList<DemoExtension> list{
        {"users", &generateDemoUsers},
        {"chronic", &generateChronicDemo},
        {"immunization", &generateDemoImmunization},
        {"health record", &generateDemoHealthRecords},
        {"maternal and child", &generateDemoMaternalChild},
        {"mental health and tuberculosis", &generateDemoSharedCare},
        {"TCM and suspects referred", &generateDemoTcm},
        // After chronic registrations (key populations), their follow-ups and the health checks
        // (which mark the contract tasks they fulfil).
        {"contracts", &generateDemoContracts},
    };
    return list;
}

bool demoOutbox(sqlite3 *h, const char *table, const QString &createdAt)
{
    const QByteArray sql =
        QByteArray("INSERT INTO outbox(entity, entity_id, op, created_at) SELECT '") + table +
        "', id, 'create', ?1 FROM main." + table + " ORDER BY id";
    SqliteStmt ins(h, sql.constData());
    return ins.ok() && ins.text(1, createdAt).run();
}

} // namespace Models
