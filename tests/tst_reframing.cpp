// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The framing must not change what is found. Every corpus log is taken apart by the
// framing layer into its messages, written again in other framings an admin may have
// (syslog with a host, journalctl short-iso, raw dmesg, a quoted e-mail), and parsed
// again: the same incidents, with the same victims, constraint,
// trigger, memcg, task table, zones and primary cause, must come out. This catches rules
// that only work for the framing a corpus file happens to have.

#include "core/analysis/diagnosis.h"
#include "core/parse/framing/lineframer.h"
#include "reportfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

enum class Framing {
    Syslog,
    JournalShortIso,
    RawDmesg,
    EmailQuote,
    SyslogWithOtherDaemons, // /var/log/messages: other programs' lines between the kernel's
    DmesgRaw, // dmesg -r: "<4>[ 1234.567890] text"
    DmesgDecoded, // dmesg -x: "kern  :warn  : [ 1234.567890] text"
    Rfc5424, // "<4>1 2024-03-03T06:10:00.000000+00:00 web01 kernel - - - text"
};

QList<LogRecord> recordsOf(const QByteArray &data)
{
    LineFramer framer;
    QList<LogRecord> records;
    qint64 number = 0;
    for (QByteArray line : data.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        framer.addLine(line, ++number, records);
    }
    framer.finish(records);
    return records;
}

QByteArray syslogPrefix(const LogRecord &r, int index, Framing framing)
{
    const QByteArray ident = r.ident.isEmpty() ? "kernel" : r.ident.toUtf8();
    const QByteArray pid = r.identPid ? '[' + QByteArray::number(*r.identPid) + ']' : QByteArray();
    const int second = index / 50; // a few dozen messages per second, like a real report
    const QByteArray clock = QByteArray::number(10 + second / 60).rightJustified(2, '0') + ':'
        + QByteArray::number(second % 60).rightJustified(2, '0');
    if (framing == Framing::JournalShortIso)
        return "2024-03-03T06:" + clock + "+0000 web01 " + ident + pid + ": ";
    return "Mar  3 06:" + clock + " web01 " + ident + pid + ": ";
}

// The messages written again in `framing`; kernel messages keep their [uptime] stamp.
QByteArray reframe(const QList<LogRecord> &records, Framing framing)
{
    QByteArray out;
    double fakeUptime = 1000.0;
    for (int i = 0; i < records.size(); ++i) {
        const LogRecord &r = records.at(i);
        const bool kernel = r.ident.isEmpty() || r.ident == u"kernel"_s;
        QByteArray text = r.text.toUtf8();
        text.replace('\n', ' ');
        QByteArray line;
        if (r.elision) {
            line = "...";
        } else if (r.continuation) {
            line = "    " + text;
        } else {
            QByteArray stamp;
            if (kernel) {
                const double uptime = r.uptime.value_or(fakeUptime += 0.000001);
                stamp = '[' + QByteArray::number(uptime, 'f', 6).rightJustified(12, ' ') + "] ";
            }
            switch (framing) {
            case Framing::RawDmesg: line = stamp + text; break;
            case Framing::DmesgRaw: line = "<4>" + stamp + text; break;
            case Framing::DmesgDecoded: line = "kern  :warn  : " + stamp + text; break;
            case Framing::Rfc5424:
                line = "<4>1 2024-03-03T06:10:" + QByteArray::number(10 + (i / 50) % 50)
                    + ".000000+00:00 web01 "
                    + (r.ident.isEmpty() ? QByteArray("kernel") : r.ident.toUtf8()) + " - - - "
                    + stamp + text;
                break;
            default: line = syslogPrefix(r, i, framing) + stamp + text; break;
            }
        }
        if (framing == Framing::EmailQuote)
            line.prepend("> ");
        out += line + '\n';
        if (framing == Framing::SyslogWithOtherDaemons && i % 3 == 2 && !r.continuation
            && (i + 1 >= records.size() || !records.at(i + 1).continuation)) {
            out += syslogPrefix(r, i, framing).replace("kernel", "sshd").replace("]: ", "]: ")
                + "Connection closed by 10.0.0.1 port 50000 [preauth]\n";
        }
    }
    return out;
}

QList<OomEvent> parse(const QByteArray &data)
{
    FramingOptions options;
    options.assumedYear = 2026;
    LogParser parser(u"reframed.log"_s, options);
    qint64 number = 0;
    for (const QByteArray &line : data.split('\n'))
        parser.addLine(line, ++number);
    parser.finish();
    return parser.takeEvents();
}

// What must not depend on the framing, one line per event.
QStringList essence(const QList<OomEvent> &events)
{
    QStringList out;
    for (const OomEvent &e : events) {
        QStringList victims;
        for (const Victim &v : e.victims)
            victims.append(QString::number(v.pid.value_or(-1)) + u'/' + v.comm);
        out.append(
            u"kind=%1 killer=%2 victims=[%3] constraint=%4 order=%5 trigger=%6 memcg=%7 "
            "limit=%8 tasks=%9 zones=%10 panic=%11 cause=%12"_s.arg(int(e.kind))
                .arg(int(e.killer))
                .arg(victims.join(u','))
                .arg(e.constraint.value_or(u"-"_s))
                .arg(e.trigger.order.value_or(-99))
                .arg(e.trigger.comm)
                .arg(e.memcg.oomCgroup)
                .arg(valueOf(e.memcg.memory.limitKb).value_or(-1))
                .arg(e.tasks.size())
                .arg(e.zones.size())
                .arg(e.panic)
                .arg(diagnose(e).value(0).id.isEmpty() ? u"-"_s : diagnose(e).value(0).id));
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Framing)

class TestReframing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameIncidentsInAnyFraming_data();
    void sameIncidentsInAnyFraming();
};

void TestReframing::sameIncidentsInAnyFraming_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Framing>("framing");
    const std::pair<const char *, Framing> framings[] = {
        {"syslog", Framing::Syslog},
        {"journal short-iso", Framing::JournalShortIso},
        {"raw dmesg", Framing::RawDmesg},
        {"e-mail quote", Framing::EmailQuote},
        {"syslog with other daemons", Framing::SyslogWithOtherDaemons},
        {"dmesg -r", Framing::DmesgRaw},
        {"dmesg -x", Framing::DmesgDecoded},
        {"RFC 5424", Framing::Rfc5424},
    };
    for (const QString &file : testing::reportCases()) {
        for (const auto &[name, framing] : framings)
            QTest::addRow("%s %s", qPrintable(file.left(3)), name) << file << framing;
    }
}

void TestReframing::sameIncidentsInAnyFraming()
{
    QFETCH(QString, file);
    QFETCH(Framing, framing);
    QFile input(testing::reportsDir() + file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray original = input.readAll();
    const QList<LogRecord> records = recordsOf(original);
    if (framing == Framing::RawDmesg || framing == Framing::DmesgRaw
        || framing == Framing::DmesgDecoded) {
        for (const LogRecord &r : records) {
            if (!r.ident.isEmpty() && r.ident != u"kernel"_s)
                QSKIP("the log holds userspace messages, which raw dmesg cannot");
        }
    }
    const QList<OomEvent> expected = testing::parseWholeFile(testing::reportsDir() + file, file);
    const QByteArray reframed = reframe(records, framing);
    const QStringList got = essence(parse(reframed));
    const QStringList want = essence(expected);
    if (got != want || qEnvironmentVariableIsSet("OOMLENS_SHOW_REFRAMED"))
        qInfo().noquote() << "reframed input:\n" << reframed.left(1500) << "\n" << got;
    QCOMPARE(got, want);
}

QTEST_GUILESS_MAIN(TestReframing)
#include "tst_reframing.moc"
