#include "entrycorrection.h"

#include "encounterdialog.h"
#include "healthformdialog.h"
#include "healthrecordrepository.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::EntryCorrection)
};
} // namespace

bool EntryCorrection::canCorrect(const QString &kind)
{
    return kind == QLatin1String("encounter") || kind == QLatin1String("health_check");
}

QString EntryCorrection::run(const Context &c, const QString &kind, const QString &entryId,
                             QWidget *parent)
{
    Models::HealthRecordRepository repo(c.connection);
    if (kind == QLatin1String("encounter")) {
        auto old = repo.encounter(c.scope, entryId);
        if (!old) {
            QMessageBox::warning(parent, Text::tr("更正"), old.error().message);
            return {};
        }
        EncounterDialog d(c, old->residentId, parent);
        d.setObjectName(QStringLiteral("correctEncounter"));
        d.setCorrecting(*old);
        return d.exec() == QDialog::Accepted ? d.saved().id : QString();
    }
    if (kind == QLatin1String("health_check")) {
        auto old = repo.healthCheck(c.scope, entryId);
        if (!old) {
            QMessageBox::warning(parent, Text::tr("更正"), old.error().message);
            return {};
        }
        HealthFormDialog d(c, old->residentId, HealthFormDialog::HealthCheck, parent);
        d.setObjectName(QStringLiteral("correctHealthCheck"));
        d.setCorrecting(*old);
        return d.exec() == QDialog::Accepted ? d.savedId() : QString();
    }
    QMessageBox::information(parent, Text::tr("更正"),
                             Text::tr("只有接诊记录和健康体检可以在这里更正。"));
    return {};
}

} // namespace Gui
