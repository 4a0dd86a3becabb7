#pragma once

// Shared by the lifecycle tests: a township in a real SQLite file, built through the
// repositories: a team, residents, a contract with its tasks, a chronic registration with a
// follow-up.

#include "chronicrepository.h"
#include "chronicrules.h"
#include "contractfixture.h"
#include "dates.h"
#include "programmelifecycle.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace LifecycleCase {
using namespace Models;
using namespace ContractFixture;

class Clinic
{
public:
    QTemporaryDir dir;
    QString conn;
    TeamIds team;
    Scope admin = Scope::administrator();
    QDate today = QDate::currentDate();

    bool open(const QString &name)
    {
        conn = name;
        if (!dir.isValid() || !openDatabase(conn, dir.filePath(name + QStringLiteral(".db"))))
            return false;
        if (!addAreas(conn))
            return false;
        team = ContractFixture::team(conn, QStringLiteral("东村团队"), {VillageA, VillageB});
        return !team.doctor.isEmpty();
    }
    void close() { closeDatabase(conn); }

    // A contract with the basic package, signed `signedOn` (tasks over the year).
    QString sign(const QString &residentId, const QDate &signedOn)
    {
        SignRequest r;
        r.residentId = residentId;
        r.teamId = team.team;
        r.doctorId = team.doctor;
        r.packageIds << packageId(conn, QStringLiteral("basic"));
        r.suggestTags = true;
        r.signedOn = signedOn;
        auto c = ContractRepository(conn).sign(admin, r);
        if (!c)
            qWarning() << why(c);
        return c ? c->id : QString();
    }

    QString registerChronic(const QString &residentId, const QString &programme, const QDate &on)
    {
        ChronicRegistration g;
        g.residentId = residentId;
        g.programme = programme;
        g.icd10 = programme == QLatin1String("diabetes") ? QStringLiteral("E11.9")
                                                         : QStringLiteral("I10.x00x002");
        g.diagnosedOn = on;
        g.registeredOn = on;
        auto reg = ChronicRepository(conn).registerResident(admin, g);
        if (!reg)
            qWarning() << why(reg);
        return reg ? reg->id : QString();
    }

    QString followup(const QString &registrationId, const QDate &on, int sbp = 150)
    {
        ChronicFollowup f;
        f.registrationId = registrationId;
        f.visitDate = on;
        f.mode = 1;
        f.sbp = sbp;
        f.dbp = 90;
        auto r = ChronicRepository(conn).record(admin, f);
        if (!r)
            qWarning() << why(r);
        return r ? r->id : QString();
    }

    // The resident's lifecycle columns as a pulled Patient would set them (no event, nothing
    // closed): what every list must honour on its own.
    bool setLife(const QString &residentId, const QString &status, const QDate &date)
    {
        QSqlQuery q(db(conn));
        q.prepare(QStringLiteral(
            "UPDATE resident SET life_status = ?, life_date = ?, life_reason = 'x' WHERE id = ?"));
        q.addBindValue(status);
        q.addBindValue(date.toString(Qt::ISODate));
        q.addBindValue(residentId);
        return q.exec() && q.numRowsAffected() == 1;
    }

    qint64 count(const QString &sql, const QVariantList &binds = {}) const
    {
        return scalar(conn, sql, binds);
    }
};

} // namespace LifecycleCase
