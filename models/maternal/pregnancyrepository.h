#pragma once

#include "pregnancy.h"
#include "result.h"
#include "scope.h"

#include <QStringList>
#include <QVector>

namespace Models {

// Pregnancies and their visits. Each action is one transaction with its outbox and audit
// entries. Permission area "maternal": pregnancy records are read only with maternal.read;
// village scope as everywhere.
class PregnancyRepository
{
public:
    explicit PregnancyRepository(QString connectionName);

    // 建册: the first prenatal form. Computes the EDD (rule or ultrasound), the booking day and
    // the proposed risk colour from bookingForm's screen facts. One open pregnancy per woman.
    Result<Pregnancy> book(const Scope &scope, Pregnancy p);
    // A doctor confirms (or changes) the colour; `infectious` adds 紫.
    Result<Pregnancy> confirmRisk(const Scope &scope, const QString &id, const QString &colour,
                                  bool infectious);
    // Prenatal visits 2-5 (or their 督促 date), the postpartum visit and the 42-day check; the
    // 42-day check with disposition "closed" closes the pregnancy.
    Result<MaternalVisit> recordVisit(const Scope &scope, MaternalVisit v);
    // The birth: date, place, outcome, discharge; each live-born baby becomes a resident in the
    // mother's household, all in one transaction. Returns the new residents' ids.
    Result<QStringList> registerBirth(const Scope &scope, const QString &id, const BirthRecord &b);

    Result<Pregnancy> pregnancy(const Scope &scope, const QString &id) const;
    Result<QVector<Pregnancy>> pregnanciesOf(const Scope &scope, const QString &residentId) const;
    Result<QVector<MaternalVisit>> visits(const Scope &scope, const QString &pregnancyId) const;

private:
    Result<Pregnancy> load(const Scope &scope, const QString &id) const;
    Result<void> update(const Scope &scope, const Pregnancy &before, const Pregnancy &after);
    QString m_conn;
};

} // namespace Models
