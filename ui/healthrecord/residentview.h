#pragma once

#include "context.h"
#include "resident.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace Models {
class TimelineModel;
}

namespace Gui {

class MessageBanner;
class ResidentDuePanel;
class SignaturePanel;

// One screen for one resident: the header (name, computed age, sex, ID, phone, village,
// badges) and a timeline of every entry of every kind, newest first, filterable by kind; the
// selected entry opens in place on the right. The editor and the forms are reached from here.
class ResidentView : public QDialog
{
    Q_OBJECT
public:
    ResidentView(const Context &context, const QString &residentId, QWidget *parent = nullptr);
    // Shows the screen modally; true when anything was changed in it (the list then refreshes).
    // The shell installs this as the residents list's record opener.
    static bool open(const Context &context, const QString &residentId, QWidget *parent);

    QString headerText() const;
    QStringList badges() const { return m_badges; }
    QTableView *timeline() const { return m_table; }
    QComboBox *kindFilter() const { return m_kind; }
    QTextBrowser *detail() const { return m_detail; }
    SignaturePanel *signaturePanel() const { return m_signature; }
    ResidentDuePanel *duePanel() const { return m_due; }
    Models::TimelineModel *model() const { return m_model; }
    bool changed() const { return m_changed; }
    // 档案状态 (Ctrl+D): 登记死亡, 迁出, 注销档案, 迁入登记, 撤销（恢复档案）, as the record and
    // the user's role allow; and the banner over a record that left the population.
    QMenu *lifeMenu() const { return m_lifeMenu; }
    // 服务项目 (Ctrl+K): the programmes' actions that apply to this resident.
    QMenu *servicesMenu() const { return m_servicesMenu; }
    MessageBanner *lifeBanner() const { return m_lifeBanner; }

public slots:
    void reload();
    void editResident();
    void newEncounter();
    void newHealthCheck();
    void editBasicInfo();
    void printRecord();
    void correctEntry();
    // Opens the lifecycle dialog on one of its kinds (Models::LifeEventKind).
    void recordLifeEvent(int kind);

private:
    void showCurrent();
    void selectEntry(const QString &id);
    void updateLife();
    void updateServices();

    const Context &m_context;
    QString m_residentId;
    Models::Resident m_resident;
    QStringList m_badges;
    QLabel *m_header = nullptr;
    QComboBox *m_kind = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    SignaturePanel *m_signature = nullptr;
    ResidentDuePanel *m_due = nullptr;
    Models::TimelineModel *m_model = nullptr;
    bool m_changed = false;
    QPushButton *m_correct = nullptr;
    QPushButton *m_life = nullptr;
    QPushButton *m_services = nullptr;
    QMenu *m_servicesMenu = nullptr;
    QMenu *m_lifeMenu = nullptr;
    MessageBanner *m_lifeBanner = nullptr;
};

} // namespace Gui
