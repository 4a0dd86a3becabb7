#include "recordsummary.h"

#include "arearepository.h"
#include "changelog.h"
#include "codetable.h"
#include "healthrecordrepository.h"
#include "residentrepository.h"
#include "timeline.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::RecordSummary)
};

QString blood(const QJsonObject &form)
{
    static const QStringList abo{QString(),       Text::tr("A型"),  Text::tr("B型"),
                                 Text::tr("O型"), Text::tr("AB型"), QString()};
    static const QStringList rh{QString(), Text::tr("Rh阴性"), Text::tr("Rh阳性"), QString()};
    const int a = form.value(QLatin1String("abo")).toVariant().toInt();
    const int r = form.value(QLatin1String("rh")).toVariant().toInt();
    return (abo.value(a) + QLatin1Char(' ') + rh.value(r)).trimmed();
}

// 26 letters and digits without look-alikes, 20 characters: about 100 bits.
QString opaqueReference()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString s = QStringLiteral("JY-");
    for (int i = 0; i < 20; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    return s;
}

} // namespace

Result<RecordSummary> RecordSummaryBuilder::build(const QString &conn, const Scope &scope,
                                                  const QString &residentId, const QDate &today)
{
    auto r = ResidentRepository(conn).findById(scope, residentId);
    if (!r)
        return r.error();
    RecordSummary s;
    s.residentId = residentId;
    s.name = r->name;
    s.sex = CodeTable::get(QStringLiteral("sex")).label(QString(r->sex));
    s.recordNo = r->recordNo;
    s.address = r->address;
    s.phone = r->phone;
    s.birthDate = r->birthDate;
    s.printedOn = today;
    if (auto areas = AreaRepository(conn).all()) {
        QString township, village;
        for (const Area &a : *areas) {
            if (a.code == r->villageCode)
                village = a.name;
            else if (a.code == r->villageCode.left(9))
                township = a.name;
        }
        s.village = township.isEmpty() ? village : township + Text::tr("卫生院");
    }
    if (auto info = HealthRecordRepository(conn).basicInfo(scope, residentId)) {
        s.bloodGroup = blood(info->form.value(QLatin1String("blood")).toObject().isEmpty()
                                 ? info->form
                                 : info->form.value(QLatin1String("blood")).toObject());
        s.allergy = info->form.value(QLatin1String("drug_allergy_other")).toString();
        s.emergencyContact = (info->contactName + QLatin1Char(' ') + info->contactPhone).trimmed();
    }
    auto badges = Timeline::badges(conn, scope, *r, today);
    if (!badges)
        return badges.error();
    for (const Badge &b : *badges)
        s.labels << b.text;
    // The services, without restricted kinds whatever the caller may read.
    QStringList kinds;
    for (const TimelineSource &src : timelineSources())
        if (!src.permission)
            kinds << QLatin1String(src.kind);
    auto entries = Timeline::load(conn, scope, residentId, kinds);
    if (!entries)
        return entries.error();
    for (const TimelineEntry &e : *entries) {
        if (s.services.size() >= maxServices)
            break;
        s.services.append({e.date, e.title});
    }
    s.reference = opaqueReference();
    if (auto a = ChangeLog::audit(conn, scope, QStringLiteral("print"),
                                  QStringLiteral("resident_summary"), residentId, {},
                                  QJsonObject{{QStringLiteral("reference"), s.reference}});
        !a)
        return a.error();
    return s;
}

} // namespace Models
