#pragma once

#include "setuppage.h"

#include <utility>

class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace Gui {

class EntryTable;

// 团队: the family-doctor teams, the villages each serves, and their members (family doctors,
// village health workers, nurses, public-health staff), each of whom gets a user account. A
// member's user name is filled in from the pinyin of the name and a first password is made up;
// both can be changed.
class TeamsPage : public SetupPage
{
    Q_OBJECT
public:
    explicit TeamsPage(QWidget *parent = nullptr);

    // The township and villages entered on 区划 (the first time, a team serving all of them).
    void setAreas(const QString &townshipCode, const QString &townshipName,
                  const QList<std::pair<QString, QString>> &villages);
    void contribute(QJsonObject &root, bool forFile) const override;
    QVector<Models::SetupProblem> ownProblems() const override;

    int teamCount() const { return int(m_teams.size()); }
    QListWidget *teamList() const { return m_list; }
    QLineEdit *nameEdit(int team) const { return m_teams.value(team).name; }
    QListWidget *villageList(int team) const { return m_teams.value(team).villages; }
    EntryTable *memberTable(int team) const { return m_teams.value(team).members; }
    void addTeam(const QString &name = {});
    void removeTeam(int team);

    // A first password that satisfies the password policy (letters and digits, no look-alikes).
    static QString makePassword();

protected:
    QString place(const Models::SetupProblem &p, bool focus) override;
    void clearMarks() override;

private:
    struct Team
    {
        QWidget *page = nullptr;
        QLineEdit *name = nullptr;
        QListWidget *villages = nullptr;
        EntryTable *members = nullptr;
    };
    void memberEdited(EntryTable *table, int row, int column);
    QString freeUsername(const QString &wanted, const EntryTable *table, int row) const;
    void fillVillages(const Team &team, const QStringList &checked);
    void select(int team);

    QList<Team> m_teams;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QString m_township;
    QString m_townshipName;
    QList<std::pair<QString, QString>> m_villages;
    bool m_seeded = false;
};

} // namespace Gui
