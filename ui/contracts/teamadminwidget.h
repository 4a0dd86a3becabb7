#pragma once

#include "context.h"
#include "messagebanner.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Gui {

// 团队管理: teams, the villages each serves, and their members (staff records).
class TeamAdminWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TeamAdminWidget(const Context &context, QWidget *parent = nullptr);

public slots:
    void reload();
    void newTeam();
    void saveTeam();
    void addMember();
    void retireMember();

signals:
    void teamsChanged();

private:
    void showTeam();
    void showMessage(const QString &text, bool error = false);
    const Context &m_context;
    QListWidget *m_teams = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_institution = nullptr;
    QListWidget *m_villages = nullptr;
    QListWidget *m_members = nullptr;
    MessageBanner *m_message = nullptr;
    QString m_teamId;
};

} // namespace Gui
