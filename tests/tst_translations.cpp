// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The translations: every string of the code is in every .ts file, translated (not
// "unfinished"), with the same placeholders; the compiled ones load for the user's
// language; and oomlens-cli speaks Japanese and Chinese when LANG says so.

#include "i18n/translationinstaller.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString SourceDir = QStringLiteral(OOMLENS_SOURCE_DIR);

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms; // one entry, or the numerus forms
};

QString tsPath(const QString &language)
{
    return SourceDir + u"/translations/oomlens_"_s + language + u".ts"_s;
}

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current =
                TsMessage{context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}, {}};
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.type = xml.attributes().value("type"_L1).toString();
            if (!current.numerus)
                current.forms.append(xml.readElementText());
            else {
                while (xml.readNextStartElement())
                    current.forms.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = path + u": "_s + xml.errorString();
    return messages;
}

// %1…%99 (also %L1) and %n, sorted: a translation may reorder them, never drop or add one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.append(match.captured(1));
    found.sort();
    return found;
}

QSet<QString> keys(const QList<TsMessage> &messages)
{
    QSet<QString> result;
    for (const TsMessage &m : messages)
        result.insert(m.context + u'\x1f' + m.source);
    return result;
}

// The translation of one message in a .ts file (the first form).
QString tsTranslation(const QString &language, const char *context, const char *source)
{
    QString error;
    for (const TsMessage &m : readTs(tsPath(language), &error)) {
        if (m.context == QLatin1StringView(context) && m.source == QLatin1StringView(source))
            return m.forms.value(0);
    }
    return {};
}

// The application as it started: without the translators an earlier test row installed.
void removeTranslators()
{
    const auto installed = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

struct CliRun {
    int exitCode = -1;
    QString out;
};

CliRun runCli(const QStringList &arguments, const QString &lang)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.remove(u"LANGUAGE"_s);
    env.insert(u"LANG"_s, lang);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OOMLENS_CLI), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageTranslated_data();
    void everyMessageTranslated();
    void upToDateWithTheCode();
    void installsTheUserLanguage_data();
    void installsTheUserLanguage();
    void englishPluralForms();
    void cliSpeaksTheUserLanguage_data();
    void cliSpeaksTheUserLanguage();
};

void TestTranslations::everyMessageTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("Japanese") << u"ja"_s << 1;
    QTest::newRow("Chinese (simplified)") << u"zh_CN"_s << 1;
    QTest::newRow("Chinese (traditional)") << u"zh_TW"_s << 1;
    // English carries only the plural forms of the "%n …(s)" messages.
    QTest::newRow("English plurals") << u"en"_s << 2;
}

void TestTranslations::everyMessageTranslated()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    QString error;
    const QList<TsMessage> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = m.context + u": \""_s + m.source.left(60) + u'"';
        if (!m.type.isEmpty()) {
            problems.append(where + u" is "_s + m.type);
            continue;
        }
        const int expectedForms = m.numerus ? pluralForms : 1;
        if (m.forms.size() != expectedForms) {
            problems.append(where
                            + u" has %1 forms, not %2"_s.arg(m.forms.size()).arg(expectedForms));
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems.append(where + u" has an empty translation"_s);
            else if (placeholders(form) != placeholders(m.source))
                problems.append(where + u" changes the placeholders: "_s + form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// lupdate over the code must find nothing the committed files lack, and nothing they hold
// must be gone from the code.
void TestTranslations::upToDateWithTheCode()
{
    const QString lupdate = QStringLiteral(OOMLENS_LUPDATE);
    if (!QFile::exists(lupdate))
        QSKIP(qPrintable(
            u"lupdate (%1) is not installed: install qt6-l10n-tools "
            "(scripts/setup.sh does) to check the .ts files against the code."_s.arg(lupdate)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(u"oomlens_fresh.ts"_s);
    QProcess process;
    process.setWorkingDirectory(SourceDir);
    QStringList arguments{u"-locations"_s,       u"none"_s, u"-no-obsolete"_s,
                          u"-source-language"_s, u"en"_s,   u"-extensions"_s,
                          u"cpp,h,qml,js"_s,     u"src"_s};
    if (QFile::exists(SourceDir + u"/qml"_s))
        arguments.append(u"qml"_s);
    arguments << u"-ts"_s << fresh;
    process.start(lupdate, arguments);
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);

    QString error;
    const QSet<QString> inCode = keys(readTs(fresh, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> committed = keys(readTs(tsPath(u"ja"_s), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList differences;
    for (const QString &key : inCode - committed)
        differences.append(u"not in the .ts files: "_s + QString(key).replace(u'\x1f', u": "_s));
    for (const QString &key : committed - inCode)
        differences.append(u"no longer in the code: "_s + QString(key).replace(u'\x1f', u": "_s));
    differences.sort();
    QVERIFY2(differences.isEmpty(),
             qPrintable(u"run scripts/update-translations.sh and translate:\n"_s
                        + differences.join(u'\n')));
}

void TestTranslations::installsTheUserLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expectedLanguage"); // the .ts whose text must come back
    QTest::newRow("ja_JP") << QLocale(u"ja_JP"_s) << u"ja"_s;
    QTest::newRow("zh_CN") << QLocale(u"zh_CN"_s) << u"zh_CN"_s;
    QTest::newRow("zh_TW") << QLocale(u"zh_TW"_s) << u"zh_TW"_s;
    QTest::newRow("zh_HK (traditional script)") << QLocale(u"zh_HK"_s) << u"zh_TW"_s;
    QTest::newRow("de_DE (no translation: English)") << QLocale(u"de_DE"_s) << QString();
    QTest::newRow("C") << QLocale::c() << QString();
}

void TestTranslations::installsTheUserLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expectedLanguage);
    removeTranslators();
    oom::i18n::installTranslations(*QCoreApplication::instance(), locale);
    const char *context = "Cli";
    const char *source = "no command given";
    const QString expected = expectedLanguage.isEmpty()
        ? QString::fromLatin1(source)
        : tsTranslation(expectedLanguage, context, source);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QCoreApplication::translate(context, source), expected);
}

void TestTranslations::englishPluralForms()
{
    removeTranslators();
    oom::i18n::installTranslations(*QCoreApplication::instance(), QLocale::c());
    QCOMPARE(QCoreApplication::translate("DecompressionGuard", "%n byte(s)", nullptr, 1),
             u"1 byte"_s);
    QCOMPARE(QCoreApplication::translate("DecompressionGuard", "%n byte(s)", nullptr, 3),
             u"3 bytes"_s);
}

void TestTranslations::cliSpeaksTheUserLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("language");
    QTest::newRow("Japanese") << u"ja_JP.UTF-8"_s << u"ja"_s;
    QTest::newRow("Chinese (simplified)") << u"zh_CN.UTF-8"_s << u"zh_CN"_s;
    QTest::newRow("Chinese (traditional)") << u"zh_TW.UTF-8"_s << u"zh_TW"_s;
}

void TestTranslations::cliSpeaksTheUserLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, language);
    const CliRun english = runCli({u"--help"_s}, u"C.UTF-8"_s);
    const CliRun translated = runCli({u"--help"_s}, lang);
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(translated.exitCode, 0);
    const QString description =
        tsTranslation(language, "Cli",
                      "OOM Lens: finds Linux out-of-memory incidents in logs and explains them.");
    QVERIFY(!description.isEmpty());
    QVERIFY2(translated.out.contains(description), qPrintable(translated.out));
    QVERIFY(!english.out.contains(description));
    // QCommandLineParser's headings too (our .ts files carry them: qtparserstrings.cpp).
    for (const QString &heading : {u"Usage:"_s, u"Options:"_s, u"Arguments:"_s}) {
        QVERIFY2(english.out.contains(heading), qPrintable(english.out));
        QVERIFY2(!translated.out.contains(heading), qPrintable(translated.out));
    }

    // A whole report: its labels and the cause sentences come out translated.
    const QString log = QStringLiteral(OOMLENS_TEST_DATA_DIR)
                                       + u"/reports/007-alibaba-doc-cgroup-limit-mm_test.log"_s;
    const CliRun report = runCli({u"analyze"_s, log}, lang);
    QCOMPARE(report.exitCode, 0);
    static const QRegularExpression latinSentence(u"[A-Z][a-z]+ [a-z]+ [a-z]+ [a-z]+ [a-z]+"_s);
    QVERIFY2(!latinSentence.match(report.out).hasMatch(),
             qPrintable(u"an English sentence in the %1 report: "_s.arg(language)
                        + latinSentence.match(report.out).captured(0) + u"\n\n"_s + report.out));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
