#include "clinicsetupfile.h"

#include "securitypolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ClinicSetup)
};

// Walks the JSON, collecting every problem with the path where it is.
class Reader
{
public:
    Reader(QString baseDir, QVector<SetupProblem> &problems)
        : m_baseDir(std::move(baseDir)), m_problems(problems)
    {
    }

    void problem(const QString &path, const QString &reason)
    {
        m_problems.append(SetupProblem{path, reason});
    }

    // A required (or optional) non-empty string member.
    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(join(path, key), Text::tr("缺少此项"));
            return {};
        }
        if (!v.isString()) {
            problem(join(path, key), Text::tr("应为文字（用双引号括起）"));
            return {};
        }
        const QString s = v.toString().trimmed();
        if (s.isEmpty() && required)
            problem(join(path, key), Text::tr("不能为空"));
        return s;
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray()) {
            problem(join(path, key),
                    v.isUndefined() ? Text::tr("缺少此项") : Text::tr("应为列表（方括号 [ ]）"));
            return {};
        }
        return v.toArray();
    }

    bool object(const QJsonValue &v, const QString &path, QJsonObject *out)
    {
        if (!v.isObject()) {
            problem(path,
                    v.isUndefined() ? Text::tr("缺少此项") : Text::tr("应为对象（花括号 { }）"));
            return false;
        }
        *out = v.toObject();
        return true;
    }

    // A code of `digits` digits that starts with `prefix` (its parent's code).
    QString code(const QJsonObject &o, const QString &path, int digits, const QString &prefix)
    {
        const QString c = string(o, path, QStringLiteral("code"), true);
        if (c.isEmpty())
            return c;
        static const QRegularExpression allDigits(QStringLiteral("^\\d+$"));
        if (c.size() != digits || !allDigits.match(c).hasMatch())
            problem(join(path, QStringLiteral("code")),
                    Text::tr("区划代码应为 %1 位数字：%2").arg(digits).arg(c));
        else if (!prefix.isEmpty() && !c.startsWith(prefix))
            problem(join(path, QStringLiteral("code")),
                    Text::tr("代码 %1 不属于上级区划 %2").arg(c, prefix));
        return c;
    }

    // "password" or "password_file" (its first line), checked against the password policy.
    QString password(const QJsonObject &o, const QString &path, const QString &username)
    {
        const bool inline_ = o.contains(QStringLiteral("password"));
        const bool file = o.contains(QStringLiteral("password_file"));
        if (inline_ == file) {
            problem(join(path, QStringLiteral("password")),
                    Text::tr("请给出 password（初始密码）或 password_file（密码文件）中的一项"));
            return {};
        }
        QString pw;
        QString at = join(path, QStringLiteral("password"));
        if (inline_) {
            pw = string(o, path, QStringLiteral("password"), true);
        } else {
            at = join(path, QStringLiteral("password_file"));
            const QString name = string(o, path, QStringLiteral("password_file"), true);
            if (name.isEmpty())
                return {};
            QFile f(resolve(name));
            if (!f.open(QIODevice::ReadOnly)) {
                problem(at, Text::tr("无法读取密码文件：%1").arg(f.fileName()));
                return {};
            }
            pw = QString::fromUtf8(f.readLine()).trimmed();
            if (pw.isEmpty()) {
                problem(at, Text::tr("密码文件是空的：%1").arg(f.fileName()));
                return {};
            }
        }
        if (!pw.isEmpty())
            for (const Error &e : SecurityPolicy::defaults().checkPassword(username, pw))
                problem(at, e.message);
        return pw;
    }

    QString resolve(const QString &file) const
    {
        return QFileInfo(file).isAbsolute() ? file : QDir(m_baseDir).absoluteFilePath(file);
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString at(const QString &path, int i)
    {
        return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    }

private:
    QString m_baseDir;
    QVector<SetupProblem> &m_problems;
};

bool validUsername(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{2,32}$"));
    return re.match(name).hasMatch();
}

void readAreas(Reader &r, const QJsonObject &root, ClinicPlan &plan)
{
    if (root.contains(QStringLiteral("county"))) {
        QJsonObject c;
        if (r.object(root.value(QStringLiteral("county")), QStringLiteral("county"), &c)) {
            plan.county.code = r.code(c, QStringLiteral("county"), 6, {});
            plan.county.name = r.string(c, QStringLiteral("county"), QStringLiteral("name"), true);
        }
    }
    const QJsonArray townships = r.array(root, {}, QStringLiteral("townships"), true);
    if (townships.isEmpty() && root.value(QStringLiteral("townships")).isArray())
        r.problem(QStringLiteral("townships"), Text::tr("至少需要一个乡镇（街道）"));
    QSet<QString> codes, villageNames;
    auto once = [&](const QString &path, const QString &code) {
        if (!code.isEmpty() && codes.contains(code))
            r.problem(Reader::join(path, QStringLiteral("code")),
                      Text::tr("区划代码重复：%1").arg(code));
        codes.insert(code);
    };
    for (int i = 0; i < townships.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("townships"), i);
        QJsonObject t;
        if (!r.object(townships.at(i), path, &t))
            continue;
        SetupArea township{r.code(t, path, 9, plan.county.code),
                           r.string(t, path, QStringLiteral("name"), true), plan.county.code};
        once(path, township.code);
        plan.townships.append(township);
        const QJsonArray villages = r.array(t, path, QStringLiteral("villages"), true);
        if (villages.isEmpty() && t.value(QStringLiteral("villages")).isArray())
            r.problem(Reader::join(path, QStringLiteral("villages")),
                      Text::tr("至少需要一个村（居委会）"));
        for (int j = 0; j < villages.size(); ++j) {
            const QString vpath = Reader::at(Reader::join(path, QStringLiteral("villages")), j);
            QJsonObject v;
            if (!r.object(villages.at(j), vpath, &v))
                continue;
            SetupArea village{r.code(v, vpath, 12, township.code),
                              r.string(v, vpath, QStringLiteral("name"), true), township.code};
            once(vpath, village.code);
            // The import finds a village by its name: two villages of one name would be ambiguous.
            if (!village.name.isEmpty() && villageNames.contains(village.name))
                r.problem(
                    Reader::join(vpath, QStringLiteral("name")),
                    Text::tr("村名重复：%1（导入名单时按村名找村，村名须唯一）").arg(village.name));
            villageNames.insert(village.name);
            plan.villages.append(village);
        }
    }
}

SetupAccount readAccount(Reader &r, const QJsonObject &o, const QString &path,
                         QSet<QString> &usernames)
{
    SetupAccount a;
    a.username = r.string(o, path, QStringLiteral("username"), true);
    if (!a.username.isEmpty() && !validUsername(a.username))
        r.problem(Reader::join(path, QStringLiteral("username")),
                  Text::tr("用户名应为 2-32 个字母、数字、下划线、点或减号"));
    else if (usernames.contains(a.username))
        r.problem(Reader::join(path, QStringLiteral("username")),
                  Text::tr("用户名重复：%1").arg(a.username));
    usernames.insert(a.username);
    a.displayName = r.string(o, path, QStringLiteral("name"), true);
    a.password = r.password(o, path, a.username);
    return a;
}

void readTeams(Reader &r, const QJsonObject &root, ClinicPlan &plan, QSet<QString> &usernames)
{
    QSet<QString> villages, townships, teamNames;
    for (const SetupArea &v : std::as_const(plan.villages))
        villages.insert(v.code);
    for (const SetupArea &t : std::as_const(plan.townships))
        townships.insert(t.code);
    const QJsonArray teams = r.array(root, {}, QStringLiteral("teams"), false);
    for (int i = 0; i < teams.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("teams"), i);
        QJsonObject t;
        if (!r.object(teams.at(i), path, &t))
            continue;
        SetupTeam team;
        team.name = r.string(t, path, QStringLiteral("name"), true);
        if (!team.name.isEmpty() && teamNames.contains(team.name))
            r.problem(Reader::join(path, QStringLiteral("name")),
                      Text::tr("团队名称重复：%1").arg(team.name));
        teamNames.insert(team.name);
        team.townshipCode = r.string(t, path, QStringLiteral("township"), false);
        if (!team.townshipCode.isEmpty() && !townships.contains(team.townshipCode))
            r.problem(Reader::join(path, QStringLiteral("township")),
                      Text::tr("乡镇 %1 不在本文件的 townships 中").arg(team.townshipCode));
        const QJsonArray vs = r.array(t, path, QStringLiteral("villages"), true);
        for (int j = 0; j < vs.size(); ++j) {
            const QString code = vs.at(j).toString();
            if (!villages.contains(code))
                r.problem(Reader::at(Reader::join(path, QStringLiteral("villages")), j),
                          Text::tr("村 %1 不在本文件的 villages 中")
                              .arg(vs.at(j).toVariant().toString()));
            else
                team.villages.append(code);
        }
        const QJsonArray members = r.array(t, path, QStringLiteral("members"), false);
        for (int j = 0; j < members.size(); ++j) {
            const QString mpath = Reader::at(Reader::join(path, QStringLiteral("members")), j);
            QJsonObject m;
            if (!r.object(members.at(j), mpath, &m))
                continue;
            SetupMember member;
            member.account = readAccount(r, m, mpath, usernames);
            const QString role = r.string(m, mpath, QStringLiteral("role"), true);
            if (!role.isEmpty() &&
                !ClinicSetupFile::memberRole(role, &member.account.role, &member.staffRole))
                r.problem(Reader::join(mpath, QStringLiteral("role")),
                          Text::tr("角色应为 doctor（家庭医生）、village_worker（乡村医生）、"
                                   "nurse（护士）或 public_health（公卫医生）：%1")
                              .arg(role));
            if (member.account.role == QLatin1String("village_health_worker"))
                member.account.villages = team.villages;
            team.members.append(member);
        }
        plan.teams.append(team);
    }
}

void readPlatform(Reader &r, const QJsonObject &root, ClinicPlan &plan)
{
    if (!root.contains(QStringLiteral("platform")))
        return;
    const QString path = QStringLiteral("platform");
    QJsonObject p;
    if (!r.object(root.value(path), path, &p))
        return;
    plan.platform.url = r.string(p, path, QStringLiteral("url"), true);
    const QUrl url(plan.platform.url);
    if (!plan.platform.url.isEmpty() &&
        (!url.isValid() || url.host().isEmpty() ||
         (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))))
        r.problem(Reader::join(path, QStringLiteral("url")),
                  Text::tr("平台地址应以 https:// 开头：%1").arg(plan.platform.url));
    plan.platform.token = r.string(p, path, QStringLiteral("token"), true);
    const QString ca = r.string(p, path, QStringLiteral("ca"), false);
    if (!ca.isEmpty()) {
        plan.platform.caFile = r.resolve(ca);
        if (!QFileInfo::exists(plan.platform.caFile))
            r.problem(Reader::join(path, QStringLiteral("ca")),
                      Text::tr("找不到 CA 证书文件：%1").arg(plan.platform.caFile));
    }
}

// "第 L 行第 C 列" of a byte offset, for a syntax error.
QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
    return Text::tr("第 %1 行第 %2 列").arg(line).arg(column);
}
} // namespace

QString SetupProblem::toText() const
{
    return where.isEmpty() ? reason : where + QStringLiteral(": ") + reason;
}

bool ClinicSetupFile::memberRole(const QString &key, QString *userRole, QString *staffRole)
{
    struct Pair
    {
        const char *key, *user, *staff;
    };
    static const Pair pairs[] = {{"doctor", "family_doctor", "family_doctor"},
                                 {"village_worker", "village_health_worker", "village_doctor"},
                                 {"nurse", "nurse", "nurse"},
                                 {"public_health", "public_health", "public_health"}};
    for (const Pair &p : pairs)
        if (key == QLatin1String(p.key)) {
            *userRole = QString::fromLatin1(p.user);
            *staffRole = QString::fromLatin1(p.staff);
            return true;
        }
    return false;
}

SetupParse ClinicSetupFile::parse(const QByteArray &json, const QString &baseDir)
{
    SetupParse out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        out.problems.append(SetupProblem{lineAndColumn(json, error.offset),
                                         Text::tr("不是有效的 JSON：%1").arg(error.errorString())});
        return out;
    }
    if (!doc.isObject()) {
        out.problems.append(SetupProblem{{}, Text::tr("设置文件应是一个 JSON 对象（花括号 { }）")});
        return out;
    }
    const QJsonObject root = doc.object();
    Reader r(baseDir, out.problems);
    // A misspelt key would otherwise be ignored in silence.
    static const QStringList known{QStringLiteral("clinic"),    QStringLiteral("county"),
                                   QStringLiteral("townships"), QStringLiteral("administrator"),
                                   QStringLiteral("teams"),     QStringLiteral("platform"),
                                   QStringLiteral("$comment")};
    for (const QString &key : root.keys())
        if (!known.contains(key))
            r.problem(key, Text::tr("未知的项（可用的项：%1）")
                               .arg(known.mid(0, 6).join(QStringLiteral("、"))));
    ClinicPlan &plan = out.plan;
    QJsonObject clinic;
    if (r.object(root.value(QStringLiteral("clinic")), QStringLiteral("clinic"), &clinic)) {
        plan.clinicName = r.string(clinic, QStringLiteral("clinic"), QStringLiteral("name"), true);
        plan.institutionCode =
            r.string(clinic, QStringLiteral("clinic"), QStringLiteral("code"), true);
        static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9-]{1,40}$"));
        if (!plan.institutionCode.isEmpty() && !code.match(plan.institutionCode).hasMatch())
            r.problem(QStringLiteral("clinic.code"),
                      Text::tr("机构代码应为 1-40 个字母、数字或减号"));
    }
    readAreas(r, root, plan);
    QSet<QString> usernames;
    QJsonObject admin;
    if (r.object(root.value(QStringLiteral("administrator")), QStringLiteral("administrator"),
                 &admin)) {
        plan.administrator = readAccount(r, admin, QStringLiteral("administrator"), usernames);
        plan.administrator.role = QStringLiteral("administrator");
    }
    readTeams(r, root, plan, usernames);
    readPlatform(r, root, plan);
    return out;
}

SetupParse ClinicSetupFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        SetupParse out;
        out.problems.append(SetupProblem{path, Text::tr("无法读取设置文件")});
        return out;
    }
    return parse(f.readAll(), QFileInfo(path).absolutePath());
}

} // namespace Models
