// SetupWizard: the summary before applying, and saving what was entered as a setup file.
#include "setupwizard.h"

#include "messagebanner.h"
#include "roletable.h"
#include "setupformpages.h"
#include "setupimportpage.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

namespace Gui {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

QString SetupWizard::summary(const Models::ClinicPlan &plan) const
{
    QString h;
    auto section = [&h](const QString &title) {
        h += QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(esc(title));
    };
    section(tr("机构"));
    h += QStringLiteral("<p>%1<br/>%2</p>")
             .arg(esc(plan.clinicName), esc(tr("统一社会信用代码 %1").arg(plan.institutionCode)));

    section(tr("乡镇和村"));
    QHash<QString, QString> villageNames;
    for (const Models::SetupArea &t : plan.townships)
        h += QStringLiteral("<p>%1 %2</p>").arg(esc(t.code), esc(t.name));
    QStringList villages;
    for (const Models::SetupArea &v : plan.villages) {
        villageNames.insert(v.code, v.name);
        villages << QStringLiteral("%1&nbsp;%2").arg(esc(v.name), esc(v.code));
    }
    h += QStringLiteral("<p>%1<br/>%2</p>")
             .arg(esc(tr("村（居委会）%n 个：", nullptr, int(plan.villages.size()))),
                  villages.join(QStringLiteral("；")));

    section(tr("家庭医生团队"));
    if (plan.teams.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("没有团队（以后可在“签约 → 团队”中建立）")));
    const auto &roles = Models::RoleTable::instance();
    for (const Models::SetupTeam &t : plan.teams) {
        QStringList served;
        for (const QString &code : t.villages)
            served << villageNames.value(code, code);
        h += QStringLiteral("<p>%1</p>")
                 .arg(tr("%1：负责 %2")
                          .arg(QStringLiteral("<b>%1</b>").arg(esc(t.name)),
                               esc(served.join(QStringLiteral("、")))));
        if (t.members.isEmpty())
            continue;
        h += QStringLiteral(
                 "<table cellspacing='0' cellpadding='6' style='margin-left:12px'><tr><th "
                 "align='left'>%1</th><th align='left'>%2</th><th "
                 "align='left'>%3</th><th align='left'>%4</th></tr>")
                 .arg(esc(tr("姓名")), esc(tr("用户名")), esc(tr("角色")), esc(tr("初始密码")));
        for (const Models::SetupMember &m : t.members)
            h += QStringLiteral("<tr><td valign='middle'>%1</td><td valign='middle'>%2</td><td "
                                "valign='middle'>%3</td><td valign='middle'>%4</td></tr>")
                     .arg(esc(m.account.displayName), esc(m.account.username),
                          esc(roles.displayName(m.account.role)), esc(m.account.password));
        h += QStringLiteral("</table>");
    }

    section(tr("系统管理员"));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(m_administrator
                          ? tr("%1（%2，已登录）")
                                .arg(plan.administrator.displayName, plan.administrator.username)
                          : tr("%1（%2）")
                                .arg(plan.administrator.displayName, plan.administrator.username)));

    section(tr("区域平台"));
    if (plan.platform.isSet())
        h += QStringLiteral("<p>%1<br/>%2</p>")
                 .arg(esc(plan.platform.url),
                      esc(plan.platform.caFile.isEmpty()
                              ? tr("令牌已填写；按系统信任的证书验证平台")
                              : tr("令牌已填写；CA 证书 %1").arg(plan.platform.caFile)));
    else
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("不连接（以后由管理员在“设置 → 区域平台”中填写）")));

    section(tr("居民名单"));
    if (residentFile().isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("不导入（以后在“居民档案 → 导入”中导入）")));
    else
        h += QStringLiteral("<p>%1<br/>%2</p>")
                 .arg(esc(m_import->findings()).replace(QLatin1Char('\n'), QStringLiteral("<br/>")),
                      esc(tr("机构建立后打开“导入居民名单”：核对列对照、试运行，再导入。")));
    return h;
}

bool SetupWizard::saveSetupFile(const QString &path, QString *message) const
{
    const QFileInfo target(path);
    const QDir dir = target.absoluteDir();
    QJsonObject root = setupFile(true);
    root.insert(QStringLiteral("$comment"),
                tr("家医机构设置文件（docs/setup.md），由首次使用向导保存。用法：jiayi-cli setup "
                   "--from %1 --db 数据库文件，或 jiayi --setup %1。每个账户的初始密码在同一文件夹"
                   "的“用户名.password”文件中（首行为密码）；分发后请删除密码文件或妥善保管，用户"
                   "首次登录后修改密码。")
                    .arg(target.fileName()));
    // The passwords go to files of their own (readable by the owner only), never into the JSON.
    QStringList written{target.fileName()};
    QStringList missing;
    const Models::ClinicPlan plan = check().plan;
    QList<Models::SetupAccount> accounts{plan.administrator};
    for (const Models::SetupTeam &t : plan.teams)
        for (const Models::SetupMember &m : t.members)
            accounts << m.account;
    for (const Models::SetupAccount &a : std::as_const(accounts)) {
        const QString name = a.username + QStringLiteral(".password");
        if (a.password.isEmpty()) { // the administrator who is logged in: unknown here
            missing << name;
            continue;
        }
        QSaveFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) ||
            f.write((a.password + QLatin1Char('\n')).toUtf8()) < 0 ||
            !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !f.commit()) {
            *message = tr("无法写入 %1：%2").arg(f.fileName(), f.errorString());
            return false;
        }
        written << name;
    }
    if (const QString ca = plan.platform.caFile; !ca.isEmpty()) {
        const QString copy = dir.filePath(QFileInfo(ca).fileName());
        if (QFileInfo(copy).absoluteFilePath() != QFileInfo(ca).absoluteFilePath()) {
            QFile::remove(copy);
            if (!QFile::copy(ca, copy)) {
                *message = tr("无法把 CA 证书复制到 %1").arg(copy);
                return false;
            }
        }
        written << QFileInfo(ca).fileName();
    }
    QSaveFile f(target.absoluteFilePath());
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        *message = tr("无法写入 %1：%2").arg(target.absoluteFilePath(), f.errorString());
        return false;
    }
    *message =
        tr("已保存到 %1：%2。")
            .arg(QDir::toNativeSeparators(dir.absolutePath()), written.join(QStringLiteral("、")));
    if (!missing.isEmpty())
        *message += tr("用前请在同一文件夹建立 %1（首行为管理员的密码）。")
                        .arg(missing.join(QStringLiteral("、")));
    return true;
}

void SetupWizard::saveFromDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("保存为设置文件"), QStringLiteral("clinic.json"), tr("设置文件 (*.json)"));
    if (path.isEmpty())
        return;
    QString message;
    const bool ok = saveSetupFile(path, &message);
    m_confirm->banner()->showMessage(message, ok ? MessageBanner::Success : MessageBanner::Error);
}

} // namespace Gui
