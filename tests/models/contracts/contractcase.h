#pragma once
// Shared by tst_contracts and tst_contractlifecycle: one team in a fresh database per test, and a
// sign request for it.

#include "contractbadges.h"
#include "contractfixture.h"
#include "contractrules.h"
#include "contracttasks.h"
#include "keypopulation.h"

#include <QFile>
#include <QStandardPaths>

namespace ContractCase {
using namespace Models;
using namespace ContractFixture;

// init/cleanup and helpers of TestContracts and TestContractLifecycle.
class ContractsTestCase
{
protected:
    void initFixture();
    void cleanupFixture();
    SignRequest request(const QString &residentId, const QDate &signedOn,
                        const QStringList &packages = {QStringLiteral("basic")}) const;
    QString m_conn;
    TeamIds m_team;
    Scope m_admin = Scope::administrator();
};

inline void ContractsTestCase::initFixture()
{
    m_conn = QString::fromLatin1(QTest::currentTestFunction());
    QVERIFY(openDatabase(m_conn, QStringLiteral(":memory:")).ok());
    QVERIFY(addAreas(m_conn));
    m_team = team(m_conn, QStringLiteral("东村团队"), {VillageA});
    QVERIFY(!m_team.doctor.isEmpty());
}

inline void ContractsTestCase::cleanupFixture()
{
    closeDatabase(m_conn);
}

inline SignRequest ContractsTestCase::request(const QString &residentId, const QDate &signedOn,
                                              const QStringList &packages) const
{
    SignRequest r;
    r.residentId = residentId;
    r.teamId = m_team.team;
    r.doctorId = m_team.doctor;
    for (const QString &p : packages)
        r.packageIds << packageId(m_conn, p);
    r.suggestTags = true;
    r.signedOn = signedOn;
    return r;
}

} // namespace ContractCase
