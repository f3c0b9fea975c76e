// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The glossary (translations/GLOSSARY.md) applied to every translation: a message whose
// English source uses a glossary term must use that term's translation in each language.
// The matching rules are the ones GLOSSARY.md states; matcher() checks them on made-up
// sentences so that a broken matcher cannot make the real check pass by matching nothing.

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString SourceDir = QStringLiteral(OOMLENS_SOURCE_DIR);
const QStringList Languages = {u"ja"_s, u"zh_CN"_s, u"zh_TW"_s};

struct Term {
    QString english;
    QHash<QString, QStringList> accepted; // language → accepted forms, preferred first
};

// The table of GLOSSARY.md: | English | ja | zh_CN | zh_TW | notes |, longest term first.
QList<Term> readGlossary(QString *error)
{
    QFile file(SourceDir + u"/translations/GLOSSARY.md"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.fileName() + u": "_s + file.errorString();
        return {};
    }
    QList<Term> terms;
    bool inTable = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u"| English |"_s)) {
            inTable = true;
            continue;
        }
        if (!inTable || line.startsWith(u"| ---"_s))
            continue;
        if (!line.startsWith(u'|'))
            break;
        const QStringList cells = line.mid(1, line.size() - 2).split(u'|');
        if (cells.size() < 4) {
            *error = u"GLOSSARY.md: a row with fewer than 4 cells: "_s + line;
            return {};
        }
        Term term{cells[0].trimmed(), {}};
        for (int i = 0; i < Languages.size(); ++i)
            term.accepted.insert(Languages[i], cells[i + 1].trimmed().split(u" / "_s));
        terms.append(term);
    }
    std::stable_sort(terms.begin(), terms.end(), [](const Term &a, const Term &b) {
        return a.english.size() > b.english.size();
    });
    return terms;
}

// Messages that are only a kernel field name keep it (GLOSSARY.md).
bool isKernelFieldLabel(const QString &source)
{
    static const QStringList labels = {u"memory"_s, u"memory+swap"_s, u"swap"_s,
                                       u"rss"_s,    u"pgtables"_s,    u"adj"_s};
    return labels.contains(source);
}

QRegularExpression termPattern(const QString &english)
{
    // Whole word, plural allowed, not joined to an identifier character.
    // (No raw string literals in this file: Qt 6.4's moc loses track of the class after them.)
    return QRegularExpression(u"(?<![\\w\\-./=:+])"_s + QRegularExpression::escape(english)
                                  + u"(?:s|es)?(?![\\w\\-./=:+])"_s,
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

// The glossary terms a source string uses, longest first; a longer term hides the shorter
// ones it contains.
QStringList termsUsed(QString source, const QList<Term> &terms)
{
    // (Not a raw string: Qt 6.4's moc does not read uR"(...)" and then finds no class here.)
    static const QRegularExpression quotedOrPlaceholder(u"\"[^\"]*\"|`[^`]*`|%L?\\d+|%n"_s);
    source.replace(quotedOrPlaceholder, u" "_s);
    QStringList used;
    for (const Term &term : terms) {
        const QRegularExpression pattern = termPattern(term.english);
        if (source.contains(pattern)) {
            used.append(term.english);
            source.replace(pattern, u" "_s);
        }
    }
    return used;
}

struct Message {
    QString context;
    QString source;
    QStringList forms;
};

QList<Message> readTs(const QString &language, QString *error)
{
    QFile file(SourceDir + u"/translations/oomlens_"_s + language + u".ts"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + u": "_s + file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "source"_L1) {
            current = Message{context, xml.readElementText(), {}};
        } else if (xml.name() == "translation"_L1) {
            // Either text, or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isEndElement() && xml.name() == "numerusform"_L1)
                    current.forms.append(std::exchange(text, {}));
                else if (xml.isEndElement() && xml.name() == "translation"_L1)
                    break;
            }
            if (current.forms.isEmpty())
                current.forms.append(text);
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = file.fileName() + u": "_s + xml.errorString();
    return messages;
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matcher_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain term") << u"Swap was full."_s << QStringList{u"swap"_s};
        QTest::newRow("plural") << u"Zones below their min watermark"_s
                                << QStringList{u"watermark"_s, u"zone"_s};
        QTest::newRow("longer term hides the shorter")
            << u"memory pressure rose"_s << QStringList{u"memory pressure"_s};
        QTest::newRow("both when both are there") << u"memory pressure and free memory"_s
                                                  << QStringList{u"memory pressure"_s, u"memory"_s};
        QTest::newRow("cause id is an identifier") << u"cause no-swap"_s << QStringList{};
        QTest::newRow("file name is an identifier") << u"memory.high"_s << QStringList{};
        QTest::newRow("log-line key is an identifier") << u"a swap: line"_s << QStringList{};
        QTest::newRow("kernel counter is an identifier") << u"memory+swap"_s << QStringList{};
        QTest::newRow("quoted kernel text")
            << u"\"COMPACTION is disabled!!!\" is printed"_s << QStringList{};
        QTest::newRow("time zone is not a memory zone")
            << u"the log shows no time zone"_s << QStringList{u"time zone"_s};
        QTest::newRow("OOM killer, any case")
            << u"the oom killer"_s << QStringList{u"OOM killer"_s};
    }

    void matcher()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, expected);
        QString error;
        const QList<Term> terms = readGlossary(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(termsUsed(source, terms), expected);
    }

    void glossaryIsComplete()
    {
        QString error;
        const QList<Term> terms = readGlossary(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The terms the issue and the admins' notes name must be fixed here.
        for (const char *needed :
             {"OOM killer", "watermark", "buddy", "cgroup", "swap", "compaction", "oom_score_adj",
              "memory pressure", "page", "zone"}) {
            const bool found = std::any_of(terms.cbegin(), terms.cend(), [&](const Term &t) {
                return t.english == QLatin1StringView(needed);
            });
            QVERIFY2(found, needed);
        }
        for (const Term &term : terms) {
            for (const QString &language : Languages) {
                QVERIFY2(!term.accepted.value(language).value(0).isEmpty(),
                         qPrintable(term.english + u" has no "_s + language + u" term"_s));
            }
        }
    }

    void translationsUseTheGlossary_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void translationsUseTheGlossary()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Term> terms = readGlossary(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Message> messages = readTs(language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());

        QStringList violations;
        int checked = 0;
        for (const Message &message : messages) {
            if (isKernelFieldLabel(message.source))
                continue;
            for (const QString &english : termsUsed(message.source, terms)) {
                const Term &term = *std::find_if(terms.cbegin(), terms.cend(), [&](const Term &t) {
                    return t.english == english;
                });
                const QStringList accepted = term.accepted.value(language);
                for (const QString &form : message.forms) {
                    ++checked;
                    const bool ok =
                        std::any_of(accepted.cbegin(), accepted.cend(), [&](const QString &a) {
                            return form.contains(a);
                        });
                    if (!ok) {
                        violations.append(u"[%1] \"%2\" needs %3 for \"%4\": %5"_s.arg(
                            message.context, message.source, accepted.first(), english, form));
                    }
                }
            }
        }
        QVERIFY2(checked > 100, "the glossary matched almost nothing: is the matcher broken?");
        // One line each: QTest cuts a long failure message short.
        for (const QString &violation : std::as_const(violations))
            qWarning().noquote() << violation;
        QVERIFY2(
            violations.isEmpty(),
            qPrintable(u"%1 translation(s) do not use the glossary's term (listed above)"_s.arg(
                violations.size())));
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
