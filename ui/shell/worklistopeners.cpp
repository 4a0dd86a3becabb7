#include "worklistopeners.h"

#include "childcheckdialog.h"
#include "chronicrepository.h"
#include "contracttaskdialog.h"
#include "followupdialog.h"
#include "healthformdialog.h"
#include "immunizationrepository.h"
#include "maternalvisitdialog.h"
#include "recorddosedialog.h"
#include "renewcontractdialog.h"
#include "residentactions.h"
#include "vaccineplanner.h"
#include "worklistpage.h"

#include <QCoreApplication>

namespace Gui {

void installWorklistOpeners(WorklistPage &page, const Context &context,
                            std::function<void()> showSyncPage)
{
    const Context *ctx = &context; // the main window's, alive as long as the page
    page.setOpener(
        QStringLiteral("chronic_followup"),
        [ctx](const Models::WorkItem &item, QWidget *parent) -> Models::Result<bool> {
            QString registration = item.formRef;
            if (registration.isEmpty()) {
                // A contract task a follow-up does: the resident's open registration of the
                // programme (item.subject).
                auto regs = Models::ChronicRepository(ctx->connection)
                                .registrationsOf(ctx->scope, item.residentId);
                if (!regs)
                    return regs.error();
                for (const Models::ChronicRegistration &g : *regs)
                    if (g.isOpen() && g.programme == item.subject && registration.isEmpty())
                        registration = g.id;
                if (registration.isEmpty())
                    return Models::makeError(
                        QStringLiteral("worklist.registration"),
                        QCoreApplication::translate("Gui::WorklistPage",
                                                    "该居民没有在管的慢病登记，请先登记"));
            }
            FollowupDialog d(*ctx, registration, parent);
            return d.exec() == QDialog::Accepted;
        });
    page.setOpener(
        QStringLiteral("vaccine_dose"),
        [ctx](const Models::WorkItem &item, QWidget *parent) -> Models::Result<bool> {
            auto child =
                Models::ImmunizationRepository(ctx->connection).child(ctx->scope, item.residentId);
            if (!child)
                return child.error();
            // The doses open today, the item's own first (the dialog preselects the first).
            const Models::Plan plan =
                Models::VaccinePlanner().plan(child->facts(), QDate::currentDate());
            QVector<Models::PlannedDose> open;
            for (const Models::PlannedDose &d : plan.doses)
                if (d.isOpen()) {
                    if (d.series + QLatin1Char(':') + QString::number(d.dose) == item.formRef)
                        open.prepend(d);
                    else
                        open.append(d);
                }
            RecordDoseDialog d(*ctx, *child, open, RecordDoseDialog::Here, parent);
            return d.exec() == QDialog::Accepted;
        });
    page.setOpener(QStringLiteral("health_check"),
                   [ctx](const Models::WorkItem &item, QWidget *parent) -> Models::Result<bool> {
                       HealthFormDialog d(*ctx, item.residentId, HealthFormDialog::HealthCheck,
                                          parent);
                       return d.exec() == QDialog::Accepted;
                   });
    page.setOpener(QStringLiteral("contract_renewal"),
                   [ctx](const Models::WorkItem &item, QWidget *parent) -> Models::Result<bool> {
                       RenewContractDialog d(*ctx, item.formRef, parent);
                       return d.exec() == QDialog::Accepted;
                   });
    page.setOpener(QStringLiteral("contract_task"),
                   [ctx](const Models::WorkItem &item, QWidget *parent) -> Models::Result<bool> {
                       ContractTaskDialog d(*ctx, item.residentId, item.formRef, parent);
                       return d.exec() == QDialog::Accepted;
                   });
    // Maternal and child health (resources/rules/worklist_sources.json).
    const auto visit = [ctx](MaternalVisitDialog::Kind kind) {
        return [ctx, kind](const Models::WorkItem &item, QWidget *parent) -> Models::Result<bool> {
            MaternalVisitDialog d(*ctx, item.residentId, kind, parent);
            return d.exec() == QDialog::Accepted;
        };
    };
    page.setOpener(QStringLiteral("prenatal_visit"), visit(MaternalVisitDialog::Prenatal));
    page.setOpener(QStringLiteral("postpartum_visit"), visit(MaternalVisitDialog::Postpartum));
    page.setOpener(QStringLiteral("postpartum_check42"), visit(MaternalVisitDialog::Check42));
    page.setOpener(QStringLiteral("child_check"),
                   [ctx](const Models::WorkItem &item, QWidget *parent) -> Models::Result<bool> {
                       ChildCheckDialog d(*ctx, item.residentId, parent);
                       return d.exec() == QDialog::Accepted;
                   });
    page.setOpener(QStringLiteral("sync_queue"),
                   [showSyncPage](const Models::WorkItem &, QWidget *) -> Models::Result<bool> {
                       showSyncPage();
                       return false;
                   });
    // The programmes' forms open as the resident screen's 服务项目 does (registerProgrammeActions
    // fills the registry before the page exists): one action per form.
    for (const auto &[form, action] :
         {std::pair{"elderly_service", "elderly.annual"},
          std::pair{"tcm_assessment", "tcm.constitution"}, std::pair{"tcm_child", "tcm.child"},
          std::pair{"mental_followup", "mental.manage"}, std::pair{"tb_patient", "tb.manage"},
          std::pair{"referral", "referral.list"},
          std::pair{"pregnancy_booking", "maternal.book"}}) {
        page.setOpener(QLatin1String(form),
                       [ctx, id = QLatin1String(action)](const Models::WorkItem &item,
                                                         QWidget *parent) -> Models::Result<bool> {
                           for (const ResidentAction &a : residentActions())
                               if (a.id == id && a.run)
                                   return a.run(*ctx, item.residentId, parent);
                           return Models::makeError(QStringLiteral("worklist.form"),
                                                    QCoreApplication::translate(
                                                        "Gui::WorklistPage", "这一项的表单不可用"));
                       });
    }
}

} // namespace Gui
