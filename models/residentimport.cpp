#include "residentimport.h"

#include "changelog.h"
#include "codetable.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "pinyin.h"
#include "residentvalidator.h"
#include "searchterms.h"
#include "searchtermwriter.h"
#include "sqlitestmt.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <QUuid>

#include <QCryptographicHash>
#include <QJsonArray>

#include <openssl/evp.h>

#include <algorithm>
#include <cstdio>
#include <future>
#include <string>
#include <vector>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ResidentImport)
};

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QChar parseSex(const QString &s)
{
    const QString t = s.trimmed().toLower();
    if (t == QStringLiteral("男") || t == QLatin1String("m") || t == QLatin1String("1")
        || t == QLatin1String("male") || t == QStringLiteral("男性"))
        return QLatin1Char('M');
    if (t == QStringLiteral("女") || t == QLatin1String("f") || t == QLatin1String("2")
        || t == QLatin1String("female") || t == QStringLiteral("女性"))
        return QLatin1Char('F');
    return {};
}
} // namespace

ResidentImport::ResidentImport(QString connectionName) : m_conn(std::move(connectionName))
{
    QSqlQuery q(db(m_conn));
    if (q.exec(QStringLiteral("SELECT code, name FROM area WHERE level = 'village'")))
        while (q.next()) {
            const QString code = q.value(0).toString();
            const QString name = q.value(1).toString();
            m_villageCodes.insert(code, code);
            m_villageByName.insert(name, code);
            // 柳树村 is often written 柳树 in lists, and a committee's 社区居委会 as 社区
            for (const QString &suffix : {QStringLiteral("村"), QStringLiteral("居委会"), QStringLiteral("村委会")})
                if (name.endsWith(suffix) && name.size() > suffix.size())
                    m_villageByName.insert(name.chopped(suffix.size()), code);
        }
}

QString ResidentImport::villageCodeFor(const QString &cell) const
{
    const QString t = cell.simplified();
    if (t.isEmpty())
        return {};
    if (m_villageCodes.contains(t))
        return t;
    return m_villageByName.value(t);
}

QDate ResidentImport::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(\\s.*)?$"));
    if (const auto m = ymd.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto m = compact.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // Excel keeps dates as day numbers since 1899-12-30 when the cell is formatted as a date.
    static const QRegularExpression serial(QStringLiteral("^(\\d{1,5})(\\.0+)?$"));
    if (const auto m = serial.match(t); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        if (n > 0 && n < 80000)
            return QDate(1899, 12, 30).addDays(n);
    }
    return {};
}

Resident ResidentImport::residentFromRow(const QStringList &row, const ImportMapping &mapping,
                                         QList<Error> &problems, QString *workUnit,
                                         QString *contactName, QString *contactPhone) const
{
    Resident r;
    r.phone = QStringLiteral("");
    r.address = QStringLiteral("");
    r.relation = QStringLiteral("");
    QString villageCell;
    bool villageGiven = false;
    for (int c = 0; c < mapping.columns.size() && c < row.size(); ++c) {
        const QString v = row.at(c).trimmed();
        switch (mapping.columns.at(c)) {
        case ImportField::Ignore:
            break;
        case ImportField::Name:
            r.name = v;
            break;
        case ImportField::Sex:
            r.sex = parseSex(v);
            if (!v.isEmpty() && r.sex.isNull())
                problems << makeError(QStringLiteral("sex.code"), Text::tr("性别“%1”无法识别（应为 男/女）").arg(v),
                                      QStringLiteral("sex"));
            break;
        case ImportField::BirthDate:
            r.birthDate = parseDate(v);
            if (!v.isEmpty() && !r.birthDate.isValid())
                problems << makeError(QStringLiteral("birth.format"),
                                      Text::tr("出生日期“%1”不是有效日期").arg(v), QStringLiteral("birth_date"));
            break;
        case ImportField::IdNumber:
            r.idNumber = v;
            break;
        case ImportField::Phone:
            r.phone = QString(v).remove(QLatin1Char(' '));
            break;
        case ImportField::Address:
            r.address = v;
            break;
        case ImportField::Village:
            villageCell = v;
            villageGiven = !v.isEmpty();
            break;
        case ImportField::Ethnicity: {
            if (v.isEmpty())
                break;
            const CodeTable &eth = CodeTable::get(QStringLiteral("ethnicity"));
            QString code;
            for (const Code &e : eth.codes())
                if (e.code == v || e.zh == v || e.zh == v + QStringLiteral("族") || e.code == v.rightJustified(2, QLatin1Char('0')))
                    code = e.code;
            if (code.isEmpty())
                problems << makeError(QStringLiteral("ethnicity.code"), Text::tr("民族“%1”无法识别").arg(v),
                                      QStringLiteral("ethnicity"));
            else
                r.ethnicity = code;
            break;
        }
        case ImportField::ResidenceType:
            if (v == QLatin1String("1") || v == QStringLiteral("户籍") || v == QStringLiteral("本地户籍"))
                r.residenceType = 1;
            else if (v == QLatin1String("2") || v == QStringLiteral("非户籍") || v == QStringLiteral("外地户籍"))
                r.residenceType = 2;
            else if (!v.isEmpty())
                problems << makeError(QStringLiteral("residence.code"),
                                      Text::tr("常住类型“%1”无法识别（应为 户籍/非户籍）").arg(v),
                                      QStringLiteral("residence_type"));
            break;
        case ImportField::WorkUnit:
            if (workUnit)
                *workUnit = v;
            break;
        case ImportField::ContactName:
            if (contactName)
                *contactName = v;
            break;
        case ImportField::ContactPhone:
            if (contactPhone)
                *contactPhone = QString(v).remove(QLatin1Char(' '));
            break;
        }
    }
    if (villageGiven) {
        r.villageCode = villageCodeFor(villageCell);
        if (r.villageCode.isEmpty())
            problems << makeError(QStringLiteral("village.unknown"),
                                  Text::tr("村“%1”不在本机的区划表中").arg(villageCell), QStringLiteral("village_code"));
    } else {
        r.villageCode = mapping.defaultVillage;
    }
    return r;
}

Result<ImportReport> ResidentImport::runFile(const Scope &scope, const QString &path,
                                             const QString &mappingFile, const ImportOptions &options)
{
    auto table = TabularFile::read(path);
    if (!table)
        return table.error();
    ImportMapping mapping = ImportMapping::detect(table->header);
    if (!mappingFile.isEmpty()) {
        QFile f(mappingFile);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("mapping.file"), Text::tr("无法打开对照表文件：%1").arg(mappingFile),
                             QStringLiteral("mapping"));
        QJsonParseError pe;
        const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &pe);
        if (!d.isObject())
            return makeError(QStringLiteral("mapping.json"), Text::tr("对照表文件不是有效的 JSON：%1").arg(pe.errorString()),
                             QStringLiteral("mapping"));
        auto m = ImportMapping::fromJson(d.object(), table->header, mapping);
        if (!m)
            return m.error();
        mapping = *m;
    }
    ImportOptions o = options;
    if (o.fileName.isEmpty())
        o.fileName = QFileInfo(path).fileName();
    auto report = run(scope, *table, mapping, o);
    if (report)
        report.value().file = path;
    return report;
}

namespace {
// One row made ready off the writing thread: parsed, validated, normalised, its search terms and
// sort key computed, its UTF-8 bind values encoded. The database checks (already stored?) and the
// writes stay on the thread that owns the connection.
struct PreparedRow
{
    int line = 0;
    QString shownName;
    QList<Error> problems;
    Resident r;
    QString workUnit, contactName, contactPhone;
    QString key;            // name|birth|village, the identity of a row without an ID number
    QByteArray birthIso, sortKey, uuid;
    // The resident's text columns in UTF-8, bound as they are (no copy) on the writing thread:
    // name, sex, id number, phone, address, village, ethnicity, work unit, contact name and phone.
    enum { U8Name, U8Sex, U8IdNumber, U8Phone, U8Address, U8Village, U8Ethnicity, U8WorkUnit,
           U8ContactName, U8ContactPhone, U8Count };
    QByteArray u8[U8Count];
    QByteArray digestTail;  // this row's bytes of the batch digest after id and record number
    QByteArray recordNoU8;  // set on the writing thread; bound when the row's statement runs
};

struct PreparedBatch
{
    int start = 0, end = 0;
    std::vector<PreparedRow> rows;
    // (term, index into rows), sorted: inserted in index order so each B-tree page is touched
    // once, not ~25 random pages a row. The record-number term is added when the number is known.
    std::vector<std::pair<std::string, int>> terms;
};

QByteArray isoDate(const QDate &d)
{
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    return QByteArray(buf, n);
}

void setTriggers(sqlite3 *h, bool on)
{
    int now = 0;
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, on ? 1 : 0, &now);
}

} // namespace

namespace {
// The part of a resident's digest bytes after its id and record number (see batchDigest).
QByteArray digestTail(const Resident &r, const QByteArray &birthIso, const QStringList &extra)
{
    QByteArray b;
    b.reserve(160);
    auto add = [&b](const QByteArray &s) {
        b += s;
        b += '\x1f';
    };
    add(r.name.toUtf8());
    add(QString(r.sex).toUtf8());
    add(birthIso);
    add(r.idNumber.toUtf8());
    add(r.phone.toUtf8());
    add(r.address.toUtf8());
    add(r.villageCode.toUtf8());
    add(QByteArray::number(r.residenceType));
    add(r.ethnicity.toUtf8());
    for (const QString &f : extra)
        add(f.toUtf8());
    b += '\x1e';
    return b;
}

// SHA-256 through OpenSSL for the import's batch digest: Qt 6.4's own implementation costs
// ~100 instructions a byte, ~15,000 a row on the writing thread; the digest is the same.
class Sha256
{
public:
    Sha256() : m_ctx(EVP_MD_CTX_new()) { EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr); }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void addData(QByteArrayView b) { EVP_DigestUpdate(m_ctx, b.data(), size_t(b.size())); }
    QByteArray result()
    {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int n = 0;
        EVP_DigestFinal_ex(m_ctx, out, &n);
        return QByteArray(reinterpret_cast<const char *>(out), int(n));
    }

private:
    EVP_MD_CTX *m_ctx;
};

template<typename Hash>
void addDigestHead(Hash &h, const QByteArray &id, const QString &recordNo)
{
    h.addData(id);
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(recordNo.toLatin1());
    h.addData(QByteArrayView("\x1f", 1));
}
} // namespace

QString ResidentImport::batchDigest(const QVector<Resident> &rows, const QVector<QStringList> &extra)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Resident &r = rows.at(i);
        addDigestHead(h, r.id.toUtf8(), r.recordNo);
        h.addData(digestTail(r, r.birthDate.toString(Qt::ISODate).toLatin1(), extra.value(i)));
    }
    return QString::fromLatin1(h.result().toHex());
}

Result<ImportReport> ResidentImport::run(const Scope &scope, const Table &table,
                                         const ImportMapping &mapping, const ImportOptions &o)
{
    if (auto e = requirePermission(scope, QStringLiteral("resident.write")); !e)
        return e.error();
    if (mapping.columnOf(ImportField::Name) < 0)
        return makeError(QStringLiteral("mapping.name"), Text::tr("请指定哪一列是姓名"), QStringLiteral("mapping"));
    if (mapping.columnOf(ImportField::Village) < 0 && mapping.defaultVillage.isEmpty())
        return makeError(QStringLiteral("mapping.village"),
                         Text::tr("文件中没有“村”列：请选择这些居民所属的村（居委会）"), QStringLiteral("village_code"));
    if (!mapping.defaultVillage.isEmpty() && !m_villageCodes.contains(mapping.defaultVillage))
        return makeError(QStringLiteral("village.unknown"), Text::tr("该村（居委会）不在本机的区划表中"),
                         QStringLiteral("village_code"));
    QElapsedTimer timer;
    timer.start();
    ImportReport rep;
    rep.encoding = table.encoding;
    rep.dryRun = o.dryRun;
    rep.total = int(table.rows.size());

    sqlite3 *h = sqliteHandle(m_conn);
    if (!h)
        return makeError(QStringLiteral("db.handle"), Text::tr("数据库未打开"));
    SqliteStmt stored(h, "SELECT id_number, name, birth_date, village_code, record_no FROM resident WHERE deleted = 0");
    // Residents go in 16 to a statement, each with its rid given (the next after the largest, as
    // SQLite would choose): the search terms need it before the statement runs. With OR FAIL
    // (a failure rolls back the whole batch anyway), and the table's CHECKs and foreign keys not
    // compiled in while the import writes (see below), SQLite needs no statement journal (a copy
    // of every page a multi-row statement touches) and runs no orphan scans.
    constexpr int ResidentsPerStmt = 16;
    constexpr int ResidentParams = 19;
    const QByteArray residentInsert =
        "INSERT OR FAIL INTO resident(rid, id, record_no, name, sex, birth_date, id_number, phone,"
        " address, village_code, residence_type, ethnicity, household_id, relation,"
        " sort_key, created_at, updated_at, updated_by, work_unit, contact_name,"
        " contact_phone) VALUES";
    const QByteArray residentValues = "(?,?,?,?,?,?,?,?,?,?,?,?,NULL,'',?,?,?,?,?,?,?)";
    SqliteStmt insRes(h, (residentInsert + residentValues).constData());
    QByteArray manyResidentsSql = residentInsert + residentValues;
    for (int i = 1; i < ResidentsPerStmt; ++i)
        manyResidentsSql += "," + residentValues;
    SqliteStmt insResidents(h, manyResidentsSql.constData());
    SqliteStmt maxRid(h, "SELECT ifnull(max(rid), 0) FROM resident");
    SqliteStmt foreignKeys(h, "PRAGMA foreign_keys");
    SearchTermWriter termWriter(h);
    constexpr int OutboxPerStmt = 64;
    QByteArray manyOutboxSql = "INSERT OR FAIL INTO outbox(entity, entity_id, op, created_at) VALUES('resident',?,'create',?)";
    for (int i = 1; i < OutboxPerStmt; ++i)
        manyOutboxSql += ",('resident',?,'create',?)";
    SqliteStmt insOutboxes(h, manyOutboxSql.constData());
    SqliteStmt outboxTriggers(h, "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master"
                                 " WHERE type = 'trigger' AND tbl_name = 'outbox' ORDER BY name)");
    SqliteStmt countPending(h, "UPDATE outbox_pending_count SET records = records + ? WHERE one = 1");
    SqliteStmt insOutbox(h, "INSERT INTO outbox(entity, entity_id, op, created_at) VALUES('resident',?,'create',?)");
    SqliteStmt insAudit(h, "INSERT INTO audit_log(at, user_id, workstation, action, entity, entity_id,"
                           " before_json, after_json, prev_hash, hash) VALUES(?,?,?,?,'resident',?,NULL,?,?,?)");
    SqliteStmt lastHash(h, "SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    SqliteStmt serialGet(h, "SELECT next_serial FROM record_serial WHERE village_code = ?");
    SqliteStmt serialMax(h, "SELECT MAX(CAST(substr(record_no, 13) AS INTEGER)) FROM resident WHERE record_no GLOB ?");
    SqliteStmt serialPut(h, "INSERT INTO record_serial(village_code, next_serial) VALUES(?, ?)"
                            " ON CONFLICT(village_code) DO UPDATE SET next_serial = excluded.next_serial");
    for (SqliteStmt *s : {&stored, &insRes, &insResidents, &maxRid, &foreignKeys, &countPending, &insOutbox, &insOutboxes, &outboxTriggers, &insAudit, &lastHash,
                          &serialGet, &serialMax, &serialPut})
        if (!s->ok())
            return makeError(QStringLiteral("db.prepare"), Text::tr("数据库结构不对，无法导入"), {}, s->error());
    if (!termWriter.ok())
        return makeError(QStringLiteral("db.prepare"), Text::tr("数据库结构不对，无法导入"), {}, termWriter.error());

    const QString workstation = scope.workstation.isEmpty() ? QSysInfo::machineHostName() : scope.workstation;
    const QByteArray userUtf8 = scope.userId.toUtf8();
    QSet<QString> seenIds, seenKeys; // rows accepted earlier in this run
    QHash<QString, qint64> serials;  // next serial per village, for this batch
    auto nextSerial = [&](const QString &village) -> qint64 {
        auto it = serials.find(village);
        if (it != serials.end())
            return (*it)++;
        qint64 s = 1;
        serialGet.text(1, village);
        if (serialGet.step()) {
            s = serialGet.columnInt(0);
        } else {
            serialGet.reset();
            serialMax.text(1, village + QLatin1Char('*'));
            if (serialMax.step())
                s = serialMax.columnInt(0) + 1;
            serialMax.reset();
        }
        serialGet.reset();
        serials.insert(village, s + 1);
        return s;
    };

    // Everything a row needs that does not touch the database, for rows [start, end). Runs on a
    // worker thread for the next batch while this thread writes the current one.
    const bool dry = o.dryRun;
    const QDate today = o.today;
    auto prepare = [this, &table, &mapping, &scope, dry, today](int start, int end) {
        static const QRegularExpression phoneRe(QStringLiteral("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$"));
        PreparedBatch b;
        b.start = start;
        b.end = end;
        b.rows.resize(size_t(end - start));
        for (int i = start; i < end; ++i) {
            PreparedRow &p = b.rows[size_t(i - start)];
            p.line = i < table.lines.size() ? table.lines.at(i) : i + 2;
            p.r = residentFromRow(table.rows.at(i), mapping, p.problems, &p.workUnit, &p.contactName, &p.contactPhone);
            p.shownName = p.r.name.simplified();
            if (p.problems.isEmpty()) {
                p.problems = ResidentValidator::validate(p.r, today);
                if (!p.contactPhone.isEmpty() && !phoneRe.match(p.contactPhone).hasMatch())
                    p.problems << makeError(QStringLiteral("phone.format"), Text::tr("联系人电话格式不对"),
                                            QStringLiteral("contact_phone"));
            }
            if (p.problems.isEmpty() && !scope.allowsVillage(p.r.villageCode))
                p.problems << makeError(QStringLiteral("scope.denied"), Text::tr("您无权向该村导入居民"),
                                        QStringLiteral("village_code"));
            if (!p.problems.isEmpty())
                continue;
            p.birthIso = isoDate(p.r.birthDate);
            p.key = p.r.name + QLatin1Char('|') + QLatin1String(p.birthIso) + QLatin1Char('|') + p.r.villageCode;
            if (dry)
                continue;
            p.uuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            p.r.id = QString::fromLatin1(p.uuid);
            p.sortKey = Pinyin::sortKey(p.r.name).toUtf8();
            p.digestTail = digestTail(p.r, p.birthIso, {p.workUnit, p.contactName, p.contactPhone});
            const QString *texts[PreparedRow::U8Count] = {&p.r.name, nullptr, &p.r.idNumber, &p.r.phone,
                                                          &p.r.address, &p.r.villageCode, &p.r.ethnicity,
                                                          &p.workUnit, &p.contactName, &p.contactPhone};
            for (int t = 0; t < PreparedRow::U8Count; ++t)
                if (texts[t])
                    p.u8[t] = texts[t]->toUtf8();
            p.u8[PreparedRow::U8Sex] = QByteArray(1, char(p.r.sex.unicode()));
            for (const QString &t : searchTermsFor(p.r.name, p.r.idNumber, p.r.phone, QString()))
                b.terms.emplace_back(t.toStdString(), i - start);
        }
        std::sort(b.terms.begin(), b.terms.end());
        return b;
    };

    const bool countOutboxHere = outboxTriggers.step()
                                 && outboxTriggers.columnText(0) == QLatin1String("outbox_pending_ack,outbox_pending_delete,outbox_pending_insert");
    outboxTriggers.reset();

    // The residents already stored, read once: identity number -> (name, record number), and
    // name|birth date -> (village, record number). One scan (~0.2 s for 200,000 residents)
    // instead of two index lookups a row.
    struct StoredRef
    {
        QString a, recordNo;
    };
    QHash<QString, StoredRef> storedById;
    QMultiHash<QString, StoredRef> storedByNameBirth;
    while (stored.step()) {
        const QString recordNo = stored.columnText(4);
        if (!stored.columnIsNull(0))
            storedById.insert(stored.columnText(0), StoredRef{stored.columnText(1), recordNo});
        storedByNameBirth.insert(stored.columnText(1) + QLatin1Char('|') + stored.columnText(2),
                                 StoredRef{stored.columnText(3), recordNo});
    }
    stored.reset();

    // A large page cache while the search index grows by ~25 terms a row (as the demo does).
    // Checkpoints (each with an fsync) are held back until the end.
    // While the import writes, foreign keys and CHECK constraints are not compiled into its
    // statements (connection settings, changed outside a transaction, restored below). The rows
    // already satisfy both: every one passed ResidentValidator (name 1-50 characters, sex M/F,
    // residence type 1/2 are its rules too, tests/models/tst_residentimport checks each), its
    // village_code is one of the area codes read above and household_id is NULL; outbox rows
    // carry the literal op 'create'. With them on, a multi-row insert would scan every table
    // that refers to resident for orphans of each new row, evaluate the CHECK lists through a
    // small table per row, and need a statement journal.
    bool foreignKeysWereOn = false;
    if (foreignKeys.step())
        foreignKeysWereOn = foreignKeys.columnInt(0) != 0;
    foreignKeys.reset();
    if (!o.dryRun)
        sqliteExec(h, "PRAGMA cache_size=-200000; PRAGMA wal_autocheckpoint=0;"
                      " PRAGMA foreign_keys=OFF; PRAGMA ignore_check_constraints=ON");
    const int n = int(table.rows.size());
    const int batchSize = qMax(1, o.batchSize);
    // Rows are prepared in chunks (a transaction holds one or more): the worker prepares the next
    // chunk while this thread writes the current one. Chunks start at 500 rows and double up to
    // 5000 (the worker needs about half the time a row takes to write, so it stays ahead), so the
    // writing thread waits only for the first 500 rows, whatever the transaction size.
    auto chunkEnd = [&](int from) {
        const int size = qBound(500, from, 5000);
        const qint64 batchEnd = (qint64(from) / batchSize + 1) * batchSize;
        return int(qMin<qint64>(n, qMin<qint64>(from + size, batchEnd)));
    };
    std::future<PreparedBatch> next;
    if (n > 0)
        next = std::async(std::launch::async, prepare, 0, chunkEnd(0));
    for (int start = 0; start < n; start += batchSize) {
        const int end = qMin(n, start + batchSize);
        if (o.progress && !o.progress(start, n)) {
            rep.cancelled = true;
            break;
        }
        if (!o.dryRun && !sqliteExec(h, "BEGIN IMMEDIATE")) {
            rep.stopReason = Text::tr("数据库正忙或无法写入");
            break;
        }
        qint64 lastRid = 0; // rids are given in order after the largest stored
        if (!o.dryRun) {
            if (maxRid.step())
                lastRid = maxRid.columnInt(0);
            maxRid.reset();
        }

        const QString now = ChangeLog::nowUtc();
        const QByteArray nowUtf8 = now.toUtf8();
        serials.clear();
        ImportReport batch; // this batch's outcome, merged only when committed
        QSet<QString> batchIds, batchKeys;
        QVector<QByteArray> created;     // ids of the residents created, for outbox and audit
        std::vector<std::vector<std::pair<std::string, int>>> held;  // chunks' terms, until written
        std::vector<std::vector<SearchTermWriter::RowRef>> termRuns;  // each sorted by (term, rid)
        std::vector<SearchTermWriter::Row> recordTerms;               // R + record number
        Sha256 digest;
        // The digest is computed off this thread, a chunk at a time and in order, by a task that
        // then frees the chunk's rows (their strings were made on the worker). Waited for before
        // the audit entry, and always before `digest` goes out of scope.
        std::future<void> hashing;
        struct Wait
        {
            std::future<void> &f;
            ~Wait()
            {
                if (f.valid())
                    f.wait();
            }
        } waitForHashing{hashing};
        QString sqlFailure;
        int firstLine = 0, lastLine = 0;
        for (int chunkStart = start; chunkStart < end && sqlFailure.isEmpty();) {
            PreparedBatch prep = next.get();
            chunkStart = prep.end;
            if (prep.end < n) // the next chunk is prepared while this one is written
                next = std::async(std::launch::async, prepare, prep.end, chunkEnd(prep.end));
            if (prep.rows.empty())
                continue;
            if (prep.start == start)
                firstLine = prep.rows.front().line;
            lastLine = prep.rows.back().line;
            std::vector<qint64> rids(prep.rows.size(), 0);
            std::vector<size_t> createdHere; // rows of this chunk that went in, in order
            std::vector<size_t> pending;     // of those, the ones not inserted yet
            // Inserts the pending rows: ResidentsPerStmt to a statement, or one by one.
            auto flushResidents = [&](const PreparedBatch &chunk) {
                const bool many = pending.size() == size_t(ResidentsPerStmt);
                SqliteStmt &stmt = many ? insResidents : insRes;
                sqlite3_stmt *st = stmt.handle();
                for (size_t j = 0; j < pending.size() && sqlFailure.isEmpty(); ++j) {
                    const PreparedRow &p = chunk.rows[pending[j]];
                    const int base = many ? int(j) * ResidentParams : 0;
                    auto bind = [st, base](int i, const QByteArray &b) {
                        sqlite3_bind_text(st, base + i, b.constData(), int(b.size()), SQLITE_STATIC);
                    };
                    sqlite3_bind_int64(st, base + 1, rids[pending[j]]);
                    bind(2, p.uuid);
                    bind(3, p.recordNoU8);
                    bind(4, p.u8[PreparedRow::U8Name]);
                    bind(5, p.u8[PreparedRow::U8Sex]);
                    bind(6, p.birthIso);
                    if (p.r.idNumber.isEmpty())
                        sqlite3_bind_null(st, base + 7);
                    else
                        bind(7, p.u8[PreparedRow::U8IdNumber]);
                    bind(8, p.u8[PreparedRow::U8Phone]);
                    bind(9, p.u8[PreparedRow::U8Address]);
                    bind(10, p.u8[PreparedRow::U8Village]);
                    sqlite3_bind_int64(st, base + 11, p.r.residenceType);
                    bind(12, p.u8[PreparedRow::U8Ethnicity]);
                    bind(13, p.sortKey);
                    bind(14, nowUtf8);
                    bind(15, nowUtf8);
                    bind(16, userUtf8);
                    bind(17, p.u8[PreparedRow::U8WorkUnit]);
                    bind(18, p.u8[PreparedRow::U8ContactName]);
                    bind(19, p.u8[PreparedRow::U8ContactPhone]);
                    if (!many && !stmt.run())
                        sqlFailure = stmt.error();
                }
                if (many && sqlFailure.isEmpty() && !stmt.run())
                    sqlFailure = stmt.error();
                pending.clear();
                return sqlFailure.isEmpty();
            };
            for (size_t k = 0; k < prep.rows.size() && sqlFailure.isEmpty(); ++k) {
                PreparedRow &p = prep.rows[k];
                Resident &r = p.r;
                const int line = p.line;
                if (!p.problems.isEmpty()) {
                    QStringList reasons;
                    for (const Error &e : std::as_const(p.problems))
                        reasons << e.message;
                    batch.errors << ImportRowIssue{line, p.shownName, p.problems.first().field, reasons.join(Text::tr("；"))};
                    continue;
                }
                // Already stored (or earlier in this file)?
                QString matched;
                if (!r.idNumber.isEmpty()) {
                    if (seenIds.contains(r.idNumber) || batchIds.contains(r.idNumber)) {
                        matched = Text::tr("与文件中前面一行的身份证号相同");
                    } else if (const auto it = storedById.constFind(r.idNumber); it != storedById.cend()) {
                        matched = Text::tr("身份证号已登记（%1，档案号 %2）").arg(it->a, it->recordNo);
                    }
                }
                QString warning;
                if (matched.isEmpty()) {
                    if (seenKeys.contains(p.key) || batchKeys.contains(p.key)) {
                        matched = Text::tr("与文件中前面一行的姓名、出生日期和村相同");
                    } else {
                        const QString nameBirth = r.name + QLatin1Char('|') + QLatin1String(p.birthIso);
                        for (auto it = storedByNameBirth.constFind(nameBirth); it != storedByNameBirth.cend() && it.key() == nameBirth; ++it) {
                            // Without an identity number, same name + birth date + village is the
                            // same person; with one, it may be a twin or a namesake: warn only.
                            if (r.idNumber.isEmpty() && it->a == r.villageCode) {
                                matched = Text::tr("同村已有同名同出生日期的居民（档案号 %1）").arg(it->recordNo);
                                break;
                            }
                            warning = Text::tr("已有同名同出生日期的居民（档案号 %1），可能重复").arg(it->recordNo);
                        }
                    }
                }
                if (!matched.isEmpty()) {
                    batch.skipped << ImportRowIssue{line, p.shownName, {}, matched};
                    continue;
                }
                if (!r.idNumber.isEmpty())
                    batchIds.insert(r.idNumber);
                batchKeys.insert(p.key);
                if (!warning.isEmpty())
                    batch.warnings << ImportRowIssue{line, p.shownName, {}, warning};
                batch.importedLines << line;
                if (o.dryRun)
                    continue;

                const qint64 serial = nextSerial(r.villageCode);
                if (serial > 99999) {
                    batch.importedLines.removeLast();
                    batch.errors << ImportRowIssue{line, p.shownName, QStringLiteral("village_code"),
                                                   Text::tr("该村的档案编号已用完（5位流水号）")};
                    continue;
                }
                QByteArray recordNo = p.u8[PreparedRow::U8Village];
                recordNo += QByteArray::number(serial).rightJustified(5, '0');
                r.recordNo = QString::fromLatin1(recordNo);
                p.recordNoU8 = recordNo;
                rids[k] = ++lastRid;
                pending.push_back(k);
                if (pending.size() == size_t(ResidentsPerStmt) && !flushResidents(prep))
                    break;
                recordTerms.emplace_back(char(SearchKind::RecordNo) + recordNo.toStdString(), rids[k]);
                created << p.uuid;
                createdHere.push_back(k);
            }
            if (!o.dryRun && sqlFailure.isEmpty())
                (void)flushResidents(prep);
            if (!o.dryRun && sqlFailure.isEmpty()) {
                // This chunk's terms (sorted on the worker) of the rows that went in, kept for the
                // batch's one sorted pass; the chunk's strings stay alive in `held`.
                std::vector<SearchTermWriter::RowRef> run;
                run.reserve(prep.terms.size());
                for (const auto &[term, k] : std::as_const(prep.terms))
                    if (rids[size_t(k)] > 0)
                        run.emplace_back(&term, rids[size_t(k)]);
                termRuns.push_back(std::move(run));
                held.push_back(std::move(prep.terms));
            }
            if (hashing.valid())
                hashing.get();
            hashing = std::async(std::launch::async,
                                 [&digest, rows = std::move(prep.rows), done = std::move(createdHere)]() mutable {
                                     for (size_t k : done) {
                                         addDigestHead(digest, rows[k].uuid, rows[k].r.recordNo);
                                         digest.addData(rows[k].digestTail);
                                     }
                                     rows = {};
                                 });
        } // chunks of this batch
        // The search terms of the whole batch in one pass in key order: the chunks' sorted runs
        // and the record numbers merged, so the index is walked once from left to right.
        if (!o.dryRun && sqlFailure.isEmpty() && !created.isEmpty()) {
            std::sort(recordTerms.begin(), recordTerms.end());
            std::vector<SearchTermWriter::RowRef> records;
            records.reserve(recordTerms.size());
            for (const auto &[term, rid] : std::as_const(recordTerms))
                records.emplace_back(&term, rid);
            termRuns.push_back(std::move(records));
            if (!termWriter.insertSorted(SearchTermWriter::merge(termRuns)))
                sqlFailure = termWriter.error();
        }
        // The outbox keeps one entry per record (sync sends each one), 64 to a statement. Its only
        // insert trigger, outbox_pending_insert (0010), adds one to outbox_pending_count for a
        // record's first unsent entry; every record created here is new, so when that is the only
        // trigger on the table it is switched off for these statements and the batch adds its
        // count itself, in the same transaction (saving a lookup and an update a row).
        if (!o.dryRun && sqlFailure.isEmpty() && !created.isEmpty()) {
            if (countOutboxHere)
                setTriggers(h, false);
            qsizetype i = 0;
            sqlite3_stmt *many = insOutboxes.handle();
            for (; i + OutboxPerStmt <= created.size() && sqlFailure.isEmpty(); i += OutboxPerStmt) {
                for (int j = 0; j < OutboxPerStmt; ++j) {
                    const QByteArray &id = created.at(i + j);
                    sqlite3_bind_text(many, 2 * j + 1, id.constData(), int(id.size()), SQLITE_STATIC);
                    sqlite3_bind_text(many, 2 * j + 2, nowUtf8.constData(), int(nowUtf8.size()), SQLITE_STATIC);
                }
                if (!insOutboxes.run())
                    sqlFailure = insOutboxes.error();
            }
            for (; i < created.size() && sqlFailure.isEmpty(); ++i)
                if (!insOutbox.utf8(1, created.at(i)).utf8(2, nowUtf8).run())
                    sqlFailure = insOutbox.error();
            if (countOutboxHere) {
                setTriggers(h, true);
                if (sqlFailure.isEmpty() && !countPending.integer(1, created.size()).run())
                    sqlFailure = countPending.error();
            }
        }
        if (!o.dryRun && sqlFailure.isEmpty()) {
            for (auto it = serials.cbegin(); it != serials.cend(); ++it) {
                serialPut.text(1, it.key()).integer(2, it.value());
                if (!serialPut.run()) {
                    sqlFailure = serialPut.error();
                    break;
                }
            }
        }
        // One audit entry for the batch (docs/health-record.md): every record created, by id, and
        // a SHA-256 digest of their content, chained like every other entry.
        if (!o.dryRun && sqlFailure.isEmpty() && !created.isEmpty()) {
            if (hashing.valid())
                hashing.get();
            QJsonArray ids;
            for (const QByteArray &id : std::as_const(created))
                ids.append(QString::fromLatin1(id));
            const QJsonObject after{
                {QStringLiteral("source"), QStringLiteral("import")},
                {QStringLiteral("file"), o.fileName},
                {QStringLiteral("lines"), QStringLiteral("%1-%2").arg(firstLine).arg(lastLine)},
                {QStringLiteral("count"), int(created.size())},
                {QStringLiteral("ids"), ids},
                {QStringLiteral("digest"), QString::fromLatin1(digest.result().toHex())}};
            AuditEntry a;
            a.prevHash = lastHash.step() ? lastHash.columnText(0) : QString(64, QLatin1Char('0'));
            lastHash.reset();
            a.at = now;
            a.userId = scope.userId;
            a.workstation = workstation;
            a.action = QStringLiteral("import_batch");
            a.entity = QStringLiteral("resident");
            a.entityId = QString();
            a.afterJson = compactJson(after);
            a.hash = ChangeLog::hashOf(a);
            insAudit.text(1, a.at).text(2, a.userId).text(3, a.workstation).text(4, a.action).text(5, QStringLiteral(""));
            insAudit.text(6, a.afterJson).text(7, a.prevHash).text(8, a.hash);
            if (!insAudit.run())
                sqlFailure = insAudit.error();
        }
        if (!sqlFailure.isEmpty()) {
            sqliteExec(h, "ROLLBACK");
            qCWarning(lcRepo) << "import batch failed" << sqlFailure;
            rep.stopReason = Text::tr("第 %1 至 %2 行这一批写入数据库失败，这一批没有导入，后面的行也没有导入")
                                 .arg(start < table.lines.size() ? table.lines.at(start) : start + 2)
                                 .arg(end - 1 < table.lines.size() ? table.lines.at(end - 1) : end + 1);
            break;
        }
        if (!o.dryRun && !sqliteExec(h, "COMMIT")) {
            sqliteExec(h, "ROLLBACK");
            rep.stopReason = Text::tr("提交失败，这一批没有导入");
            break;
        }
        rep.errors += batch.errors;
        rep.skipped += batch.skipped;
        rep.warnings += batch.warnings;
        rep.importedLines += batch.importedLines;
        seenIds.unite(batchIds);
        seenKeys.unite(batchKeys);
    }
    if (next.valid())
        next.wait(); // a batch prepared after a stop or cancel is dropped
    if (!o.dryRun) {
        sqliteExec(h, "PRAGMA ignore_check_constraints=OFF; PRAGMA cache_size=-16000;"
                      " PRAGMA wal_autocheckpoint=1000; PRAGMA wal_checkpoint(PASSIVE)");
        if (foreignKeysWereOn)
            sqliteExec(h, "PRAGMA foreign_keys=ON");
    }
    rep.imported = int(rep.importedLines.size());
    rep.existing = int(rep.skipped.size());
    rep.failed = int(rep.errors.size());
    rep.milliseconds = timer.elapsed();
    if (o.progress && !rep.cancelled)
        o.progress(n, n);
    if (!o.dryRun && rep.imported > 0) {
        const QJsonObject summary{{QStringLiteral("file"), rep.file.isEmpty() ? o.fileName : rep.file},
                                  {QStringLiteral("total"), rep.total},
                                  {QStringLiteral("imported"), rep.imported},
                                  {QStringLiteral("existing"), rep.existing},
                                  {QStringLiteral("failed"), rep.failed}};
        (void)ChangeLog::audit(m_conn, scope, QStringLiteral("import"), QStringLiteral("resident"), QString(),
                               {}, summary);
    }
    qCInfo(lcRepo) << "import" << rep.imported << "of" << rep.total << "in" << rep.milliseconds << "ms";
    return rep;
}

Result<Table> ResidentExport::table(const QString &conn, const Scope &scope, const QString &villageCode)
{
    if (auto e = requirePermission(scope, QStringLiteral("resident.read")); !e)
        return e.error();
    Table t;
    t.header = QStringList{Text::tr("档案编号"), Text::tr("姓名"), Text::tr("性别"), Text::tr("出生日期"), Text::tr("身份证号"),
                           Text::tr("联系电话"), Text::tr("现住址"), Text::tr("村（居委会）"), Text::tr("民族"), Text::tr("常住类型"),
                           Text::tr("工作单位"), Text::tr("联系人姓名"), Text::tr("联系人电话")};
    QSqlQuery q(db(conn));
    q.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT r.record_no, r.name, r.sex, r.birth_date, ifnull(r.id_number, ''), r.phone, r.address,"
        " a.name, r.ethnicity, r.residence_type, r.work_unit, r.contact_name, r.contact_phone, r.village_code"
        " FROM resident r JOIN area a ON a.code = r.village_code WHERE r.deleted = 0");
    if (!villageCode.isEmpty())
        sql += QStringLiteral(" AND r.village_code = ?");
    sql += QStringLiteral(" ORDER BY r.record_no");
    q.prepare(sql);
    if (!villageCode.isEmpty())
        q.addBindValue(villageCode);
    if (auto e = exec(q); !e)
        return e.error();
    const CodeTable &sex = CodeTable::get(QStringLiteral("sex"));
    const CodeTable &eth = CodeTable::get(QStringLiteral("ethnicity"));
    while (q.next()) {
        if (!scope.allowsVillage(q.value(13).toString()))
            continue;
        t.rows << QStringList{q.value(0).toString(), q.value(1).toString(),
                              sex.label(q.value(2).toString()), q.value(3).toString(),
                              q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                              q.value(7).toString(), eth.label(q.value(8).toString()),
                              q.value(9).toInt() == 2 ? Text::tr("非户籍") : Text::tr("户籍"), q.value(10).toString(),
                              q.value(11).toString(), q.value(12).toString()};
        t.lines << int(t.rows.size()) + 1;
    }
    (void)ChangeLog::audit(conn, scope, QStringLiteral("export"), QStringLiteral("resident"), QString(), {},
                           QJsonObject{{QStringLiteral("rows"), int(t.rows.size())},
                                       {QStringLiteral("village"), villageCode}});
    return t;
}

} // namespace Models
