<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>app</name>
    <message>
        <source>Number of streets (sub-districts), 1 to %1.</source>
        <translation>Number of streets (sub-districts), 1 to %1.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of years of records, 1 to %1.</source>
        <translation>Number of years of records, 1 to %1.</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data.</source>
        <translation>Random seed: the same seed gives the same data.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Last day with records (yyyy-MM-dd), default today.</source>
        <translation>Last day with records (yyyy-MM-dd), default today.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>--streets needs a whole number, not “%1”.</source>
        <translation>--streets needs a whole number, not “%1”.</translation>
    </message>
    <message>
        <source>--years needs a whole number, not “%1”.</source>
        <translation>--years needs a whole number, not “%1”.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not “%1”.</source>
        <translation>--seed needs a whole number of 0 or more, not “%1”.</translation>
    </message>
    <message>
        <source>--end needs a date written yyyy-MM-dd, not “%1”.</source>
        <translation>--end needs a date written yyyy-MM-dd, not “%1”.</translation>
    </message>
    <message>
        <source>%1 rows written in %2 s (%3 rows/s).</source>
        <translation>%1 rows written in %2 s (%3 rows/s).</translation>
    </message>
    <message>
        <source>The period: 2026, 2026-H1, 2026-Q3 or 2026-03.</source>
        <translation>The period: 2026, 2026-H1, 2026-Q3 or 2026-03.</translation>
    </message>
    <message>
        <source>Give the period as 2026, 2026-H1, 2026-Q3 or 2026-03 (--period).</source>
        <translation>Give the period as 2026, 2026-H1, 2026-Q3 or 2026-03 (--period).</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>One of: %1</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name)</source>
        <translation>csv or xlsx (default: from the file name)</translation>
    </message>
    <message>
        <source>First day, yyyy-MM-dd</source>
        <translation>First day, yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Last day, yyyy-MM-dd</source>
        <translation>Last day, yyyy-MM-dd</translation>
    </message>
    <message>
        <source>The file to write</source>
        <translation>The file to write</translation>
    </message>
    <message>
        <source>Give one table to export: %1.</source>
        <translation>Give one table to export: %1.</translation>
    </message>
    <message>
        <source>Say where to write with -o FILE.</source>
        <translation>Say where to write with -o FILE.</translation>
    </message>
    <message>
        <source>Unknown format: use --format csv or --format xlsx.</source>
        <translation>Unknown format: use --format csv or --format xlsx.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-03-05.</source>
        <translation>“%1” is not a date; write it as 2026-03-05.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from is after --to.</translation>
    </message>
    <message>
        <source>Unknown table “%1”. Tables: %2.</source>
        <translation>Unknown table “%1”. Tables: %2.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Wrote %1 rows to %2.</translation>
    </message>
    <message>
        <source>attendance or worklog</source>
        <translation>attendance or worklog</translation>
    </message>
    <message>
        <source>The CSV or XLSX file to read</source>
        <translation>The CSV or XLSX file to read</translation>
    </message>
    <message>
        <source>Check the file and report; write nothing.</source>
        <translation>Check the file and report; write nothing.</translation>
    </message>
    <message>
        <source>Write the good rows and skip rows with conflicts or errors.</source>
        <translation>Write the good rows and skip rows with conflicts or errors.</translation>
    </message>
    <message>
        <source>Give what to import (attendance or worklog) and the file.</source>
        <translation>Give what to import (attendance or worklog) and the file.</translation>
    </message>
    <message>
        <source>Unknown kind “%1”: use attendance or worklog.</source>
        <translation>Unknown kind “%1”: use attendance or worklog.</translation>
    </message>
    <message>
        <source>Rows read: %1. New: %2. Already there: %3. Conflicts: %4. Errors: %5.</source>
        <translation>Rows read: %1. New: %2. Already there: %3. Conflicts: %4. Errors: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was written. Correct the rows above, or run again with --skip-bad to write only the good rows.</source>
        <translation>Nothing was written. Correct the rows above, or run again with --skip-bad to write only the good rows.</translation>
    </message>
    <message>
        <source>Written: %1 row(s). Skipped: %2.</source>
        <translation>Written: %1 row(s). Skipped: %2.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>Only this worker&apos;s sheet (the worker&apos;s number).</source>
        <translation>Only this worker&apos;s sheet (the worker&apos;s number).</translation>
    </message>
    <message>
        <source>Only final evaluations, no drafts.</source>
        <translation>Only final evaluations, no drafts.</translation>
    </message>
    <message>
        <source>Name the PDF file to write (-o FILE).</source>
        <translation>Name the PDF file to write (-o FILE).</translation>
    </message>
    <message>
        <source>--worker takes the worker&apos;s number, e.g. --worker 12.</source>
        <translation>--worker takes the worker&apos;s number, e.g. --worker 12.</translation>
    </message>
    <message>
        <source>There is no final evaluation for %1; finalise evaluations first, or leave out --final-only.</source>
        <translation>There is no final evaluation for %1; finalise evaluations first, or leave out --final-only.</translation>
    </message>
    <message>
        <source>There is no evaluation for %1; make them first with &apos;onestreet evaluate --period %2&apos;.</source>
        <translation>There is no evaluation for %1; make them first with &apos;onestreet evaluate --period %2&apos;.</translation>
    </message>
    <message>
        <source>Wrote %1 sheets (%2 pages) to %3.</source>
        <translation>Wrote %1 sheets (%2 pages) to %3.</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Purchasers</source>
        <translation>Purchasers</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Streets</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Social workers</source>
        <translation>Social workers</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Attendance days</source>
        <translation>Attendance days</translation>
    </message>
    <message>
        <source>Work log entries</source>
        <translation>Work log entries</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Activity target groups</source>
        <translation>Activity target groups</translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation>Supervision sessions</translation>
    </message>
    <message>
        <source>Supervision attendees</source>
        <translation>Supervision attendees</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Exchange meetings</source>
        <translation>Exchange meetings</translation>
    </message>
    <message>
        <source>Exchange attendees</source>
        <translation>Exchange attendees</translation>
    </message>
    <message>
        <source>Funding entries</source>
        <translation>Funding entries</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Evaluation items</source>
        <translation>Evaluation items</translation>
    </message>
    <message>
        <source>Evaluation unlocks</source>
        <translation>Evaluation unlocks</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The month, yyyy-MM</source>
        <translation>The month, yyyy-MM</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>Only this street (its id)</source>
        <translation>Only this street (its id)</translation>
    </message>
    <message>
        <source>Give the month with --month yyyy-MM, e.g. --month 2026-11.</source>
        <translation>Give the month with --month yyyy-MM, e.g. --month 2026-11.</translation>
    </message>
    <message>
        <source>“%1” is not a street id.</source>
        <translation>“%1” is not a street id.</translation>
    </message>
    <message>
        <source>A monthly grid&apos;s month, when neither its title nor its sheet names say it</source>
        <translation>A monthly grid&apos;s month, when neither its title nor its sheet names say it</translation>
    </message>
    <message>
        <source>“%1” is not a month; write it as 2026-11.</source>
        <translation>“%1” is not a month; write it as 2026-11.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Row %1, column “%2”: %3</translation>
    </message>
</context>
<context>
    <name>app::Backup</name>
    <message>
        <source>Write the copy to FILE (replaced if it exists).</source>
        <translation>Write the copy to FILE (replaced if it exists).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>Say where to write the copy: backup -o FILE.</source>
        <translation>Say where to write the copy: backup -o FILE.</translation>
    </message>
    <message>
        <source>The copy cannot replace the file itself; choose another name.</source>
        <translation>The copy cannot replace the file itself; choose another name.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
</context>
<context>
    <name>app::Chart</name>
    <message>
        <source>The chart: %1.</source>
        <translation>The chart: %1.</translation>
    </message>
    <message>
        <source>The first month (yyyy-MM), default 11 months before --to.</source>
        <translation>The first month (yyyy-MM), default 11 months before --to.</translation>
    </message>
    <message>
        <source>The last month (yyyy-MM), default the month of --on.</source>
        <translation>The last month (yyyy-MM), default the month of --on.</translation>
    </message>
    <message>
        <source>Only this district (its number).</source>
        <translation>Only this district (its number).</translation>
    </message>
    <message>
        <source>Only this street (its number).</source>
        <translation>Only this street (its number).</translation>
    </message>
    <message>
        <source>Only this worker (the worker&apos;s number).</source>
        <translation>Only this worker (the worker&apos;s number).</translation>
    </message>
    <message>
        <source>The picture&apos;s size in pixels, default 1200x700.</source>
        <translation>The picture&apos;s size in pixels, default 1200x700.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>The PNG file to write.</translation>
    </message>
    <message>
        <source>The as-of day (yyyy-MM-dd), default today: nothing after it is counted, and a month running on it counts up to it.</source>
        <translation>The as-of day (yyyy-MM-dd), default today: nothing after it is counted, and a month running on it counts up to it.</translation>
    </message>
    <message>
        <source>Print the values the chart draws as JSON instead of writing a PNG.</source>
        <translation>Print the values the chart draws as JSON instead of writing a PNG.</translation>
    </message>
    <message>
        <source>Name one chart: %1.</source>
        <translation>Name one chart: %1.</translation>
    </message>
    <message>
        <source>There is no chart “%1”; choose one of %2.</source>
        <translation>There is no chart “%1”; choose one of %2.</translation>
    </message>
    <message>
        <source>--on needs a date written yyyy-MM-dd, e.g. 2026-12-01, not “%1”.</source>
        <translation>--on needs a date written yyyy-MM-dd, e.g. 2026-12-01, not “%1”.</translation>
    </message>
    <message>
        <source>Give --to as a month, e.g. 2026-03.</source>
        <translation>Give --to as a month, e.g. 2026-03.</translation>
    </message>
    <message>
        <source>Give --from as a month, e.g. 2026-01.</source>
        <translation>Give --from as a month, e.g. 2026-01.</translation>
    </message>
    <message>
        <source>--from must not come after --to.</source>
        <translation>--from must not come after --to.</translation>
    </message>
    <message>
        <source>--%1 takes a record number, e.g. --%1 12.</source>
        <translation>--%1 takes a record number, e.g. --%1 12.</translation>
    </message>
    <message>
        <source>Give --size as WIDTHxHEIGHT in pixels, from 300x200 to 10000x10000, e.g. 1200x700.</source>
        <translation>Give --size as WIDTHxHEIGHT in pixels, from 300x200 to 10000x10000, e.g. 1200x700.</translation>
    </message>
    <message>
        <source>--json prints the values; leave out -o, or leave out --json for a PNG.</source>
        <translation>--json prints the values; leave out -o, or leave out --json for a PNG.</translation>
    </message>
    <message>
        <source>Name the PNG file to write (-o FILE.png), or print the values with --json.</source>
        <translation>Name the PNG file to write (-o FILE.png), or print the values with --json.</translation>
    </message>
    <message>
        <source>The chart is written as PNG: give a file name ending in .png.</source>
        <translation>The chart is written as PNG: give a file name ending in .png.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); check that the folder exists and that you may write there.</source>
        <translation>Could not write %1 (%2); check that the folder exists and that you may write there.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>Wrote %1 (%2 × %3 pixels).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MONTH</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
</context>
<context>
    <name>app::Check</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>OK: no problems found.</source>
        <translation>OK: no problems found.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem(s) found.</numerusform>
            <numerusform>%n problem(s) found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also SQLite&apos;s full integrity check (every index against its table) and the totals kept beside the records: slower.</source>
        <translation>Also SQLite&apos;s full integrity check (every index against its table) and the totals kept beside the records: slower.</translation>
    </message>
</context>
<context>
    <name>app::Cli</name>
    <message>
        <source>Fill the file with realistic demo data</source>
        <translation>Fill the file with realistic demo data</translation>
    </message>
    <message>
        <source>Key figures and alerts as of a day</source>
        <translation>Key figures and alerts as of a day</translation>
    </message>
    <message>
        <source>Integrity check and every rule over the whole file</source>
        <translation>Integrity check and every rule over the whole file</translation>
    </message>
    <message>
        <source>Write a consistent copy of the file</source>
        <translation>Write a consistent copy of the file</translation>
    </message>
    <message>
        <source>Import attendance or work logs from CSV or XLSX</source>
        <translation>Import attendance or work logs from CSV or XLSX</translation>
    </message>
    <message>
        <source>Export a table to CSV or XLSX</source>
        <translation>Export a table to CSV or XLSX</translation>
    </message>
    <message>
        <source>Draft the evaluations of a period from the records</source>
        <translation>Draft the evaluations of a period from the records</translation>
    </message>
    <message>
        <source>Print the evaluation sheets of a period to PDF</source>
        <translation>Print the evaluation sheets of a period to PDF</translation>
    </message>
    <message>
        <source>Draw a chart (attendance, activities, workload ...) into a PNG file</source>
        <translation>Draw a chart (attendance, activities, workload ...) into a PNG file</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>Without a command, opens the window.</source>
        <translation>Without a command, opens the window.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &apos;onestreet COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Run &apos;onestreet COMMAND --help&apos; for a command&apos;s options.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 user error (nothing written), 2 usage error.</source>
        <translation>Exit status: 0 success, 1 user error (nothing written), 2 usage error.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>The report for the purchaser of a contract and period (PDF, XLSX, JSON)</source>
        <translation>The report for the purchaser of a contract and period (PDF, XLSX, JSON)</translation>
    </message>
    <message>
        <source>Copy the file into an empty database on a PostgreSQL server</source>
        <translation>Copy the file into an empty database on a PostgreSQL server</translation>
    </message>
    <message>
        <source>Renew a contract: next term, same posts, the same workers placed</source>
        <translation>Renew a contract: next term, same posts, the same workers placed</translation>
    </message>
    <message>
        <source>Usage: onestreet [--db FILE|postgresql://USER@HOST:PORT/DBNAME] [--lang zh_CN|en] [COMMAND [OPTIONS]]</source>
        <translation>Usage: onestreet [--db FILE|postgresql://USER@HOST:PORT/DBNAME] [--lang zh_CN|en] [COMMAND [OPTIONS]]</translation>
    </message>
</context>
<context>
    <name>app::CopyTo</name>
    <message>
        <source>The empty server database: postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>The empty server database: postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>Say where to copy the file: copy-to postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>Say where to copy the file: copy-to postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>copy-to copies a file: give the file with --db FILE.</source>
        <translation>copy-to copies a file: give the file with --db FILE.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>The database %1 already holds records: copy-to writes only into an empty database. Nothing was copied.</source>
        <translation>The database %1 already holds records: copy-to writes only into an empty database. Nothing was copied.</translation>
    </message>
    <message>
        <source>Copied %1 rows into %2; every table&apos;s count checked.</source>
        <translation>Copied %1 rows into %2; every table&apos;s count checked.</translation>
    </message>
</context>
<context>
    <name>app::Evaluate</name>
    <message>
        <source>The period: 2026, 2026-H1, 2026-Q3 or 2026-03.</source>
        <translation>The period: 2026, 2026-H1, 2026-Q3 or 2026-03.</translation>
    </message>
    <message>
        <source>The rubric template&apos;s number (default: the default template).</source>
        <translation>The rubric template&apos;s number (default: the default template).</translation>
    </message>
    <message>
        <source>The supervisor&apos;s number.</source>
        <translation>The supervisor&apos;s number.</translation>
    </message>
    <message>
        <source>Count the records up to this day (yyyy-MM-dd), default today. A day before the period&apos;s end makes an interim evaluation, its targets pro-rated to the working days elapsed.</source>
        <translation>Count the records up to this day (yyyy-MM-dd), default today. A day before the period&apos;s end makes an interim evaluation, its targets pro-rated to the working days elapsed.</translation>
    </message>
    <message>
        <source>Give the period as 2026, 2026-H1, 2026-Q3 or 2026-03 (--period).</source>
        <translation>Give the period as 2026, 2026-H1, 2026-Q3 or 2026-03 (--period).</translation>
    </message>
    <message>
        <source>--template and --supervisor take a number.</source>
        <translation>--template and --supervisor take a number.</translation>
    </message>
    <message>
        <source>--as-of takes a day as yyyy-MM-dd.</source>
        <translation>--as-of takes a day as yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>%1 ends on %2, after today (%3): it cannot be evaluated as a whole yet. For an interim evaluation that counts the records up to a day and pro-rates the targets to the working days elapsed, give that day: --as-of %3.</source>
        <translation>%1 ends on %2, after today (%3): it cannot be evaluated as a whole yet. For an interim evaluation that counts the records up to a day and pro-rates the targets to the working days elapsed, give that day: --as-of %3.</translation>
    </message>
    <message>
        <source>%1: %2 evaluations drafted, %3 workers skipped (they have one already).</source>
        <translation>%1: %2 evaluations drafted, %3 workers skipped (they have one already).</translation>
    </message>
    <message>
        <source>Interim evaluations as of %1: %2 of the period&apos;s %3 working days counted; targets pro-rated to the working days each worker was placed.</source>
        <translation>Interim evaluations as of %1: %2 of the period&apos;s %3 working days counted; targets pro-rated to the working days each worker was placed.</translation>
    </message>
    <message>
        <source>%1 workers not evaluated, placed fewer than %2 working days in the period:</source>
        <translation>%1 workers not evaluated, placed fewer than %2 working days in the period:</translation>
    </message>
    <message>
        <source>%1 (%2 working days)</source>
        <translation>%1 (%2 working days)</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
</context>
<context>
    <name>app::Renew</name>
    <message>
        <source>The contract to renew (its number).</source>
        <translation>The contract to renew (its number).</translation>
    </message>
    <message>
        <source>The first day of the new term (default: the day after the old end).</source>
        <translation>The first day of the new term (default: the day after the old end).</translation>
    </message>
    <message>
        <source>Create the contract and its posts, but place nobody.</source>
        <translation>Create the contract and its posts, but place nobody.</translation>
    </message>
    <message>
        <source>Give the number of the contract to renew, e.g. renew 3.</source>
        <translation>Give the number of the contract to renew, e.g. renew 3.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a contract number.</source>
        <translation>“%1” is not a contract number.</translation>
    </message>
    <message>
        <source>--start needs a date written yyyy-MM-dd, e.g. 2027-01-01, not “%1”.</source>
        <translation>--start needs a date written yyyy-MM-dd, e.g. 2027-01-01, not “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Created contract %1 (number %2), %3 to %4: %n post(s)</source>
        <translation>
            <numerusform>Created contract %1 (number %2), %3 to %4: %n post(s)</numerusform>
            <numerusform>Created contract %1 (number %2), %3 to %4: %n post(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n placement(s).</source>
        <translation>
            <numerusform>, %n placement(s).</numerusform>
            <numerusform>, %n placement(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 from %3</source>
        <translation>%1 at %2 from %3</translation>
    </message>
</context>
<context>
    <name>app::Report</name>
    <message>
        <source>The contract (its number): the report on its posts.</source>
        <translation>The contract (its number): the report on its posts.</translation>
    </message>
    <message>
        <source>Without --contract: only this district (its number).</source>
        <translation>Without --contract: only this district (its number).</translation>
    </message>
    <message>
        <source>Without --contract: only this street (its number).</source>
        <translation>Without --contract: only this street (its number).</translation>
    </message>
    <message>
        <source>The period: 2026, 2026-H1, 2026-Q3 or 2026-03.</source>
        <translation>The period: 2026, 2026-H1, 2026-Q3 or 2026-03.</translation>
    </message>
    <message>
        <source>The as-of day (yyyy-MM-dd), default today: a period still running is counted up to it.</source>
        <translation>The as-of day (yyyy-MM-dd), default today: a period still running is counted up to it.</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .xlsx.</source>
        <translation>The file to write: .pdf or .xlsx.</translation>
    </message>
    <message>
        <source>Print the report&apos;s figures as JSON.</source>
        <translation>Print the report&apos;s figures as JSON.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>Give the period with --period, e.g. --period 2026-Q3.</source>
        <translation>Give the period with --period, e.g. --period 2026-Q3.</translation>
    </message>
    <message>
        <source>“%1” is not a period; write 2026, 2026-H1, 2026-Q3 or 2026-03.</source>
        <translation>“%1” is not a period; write 2026, 2026-H1, 2026-Q3 or 2026-03.</translation>
    </message>
    <message>
        <source>--on needs a date written yyyy-MM-dd, e.g. 2026-12-01, not “%1”.</source>
        <translation>--on needs a date written yyyy-MM-dd, e.g. 2026-12-01, not “%1”.</translation>
    </message>
    <message>
        <source>--%1 takes a record number, e.g. --%1 3.</source>
        <translation>--%1 takes a record number, e.g. --%1 3.</translation>
    </message>
    <message>
        <source>Give one of --contract, --district and --street, or none for the whole agency.</source>
        <translation>Give one of --contract, --district and --street, or none for the whole agency.</translation>
    </message>
    <message>
        <source>Name the file to write (-o REPORT.pdf or -o REPORT.xlsx), or print the figures with --json.</source>
        <translation>Name the file to write (-o REPORT.pdf or -o REPORT.xlsx), or print the figures with --json.</translation>
    </message>
    <message>
        <source>The report is written as PDF or XLSX: give a file name ending in .pdf or .xlsx.</source>
        <translation>The report is written as PDF or XLSX: give a file name ending in .pdf or .xlsx.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report for %1, %2 (%n page(s)) to %3.</source>
        <translation>
            <numerusform>Wrote the report for %1, %2 (%n page(s)) to %3.</numerusform>
            <numerusform>Wrote the report for %1, %2 (%n page(s)) to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report for %1, %2 (%n sheet(s)) to %3.</source>
        <translation>
            <numerusform>Wrote the report for %1, %2 (%n sheet(s)) to %3.</numerusform>
            <numerusform>Wrote the report for %1, %2 (%n sheet(s)) to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
</context>
<context>
    <name>app::Summary</name>
    <message>
        <source>Contracts running</source>
        <translation>Contracts running</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Posts vacant</source>
        <translation>Posts vacant</translation>
    </message>
    <message>
        <source>Social workers placed</source>
        <translation>Social workers placed</translation>
    </message>
    <message>
        <source>Attendance rate, %1</source>
        <translation>Attendance rate, %1</translation>
    </message>
    <message>
        <source>Activities held, %1</source>
        <translation>Activities held, %1</translation>
    </message>
    <message>
        <source>Administrative share of work time, %1</source>
        <translation>Administrative share of work time, %1</translation>
    </message>
    <message>
        <source>Key figures as of %1</source>
        <translation>Key figures as of %1</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>No alerts.</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Alerts:</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Print JSON instead of text.</translation>
    </message>
    <message>
        <source>The day to report on (default: today).</source>
        <translation>The day to report on (default: today).</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>--on needs a date written yyyy-MM-dd, e.g. 2026-04-15, not “%1”.</source>
        <translation>--on needs a date written yyyy-MM-dd, e.g. 2026-04-15, not “%1”.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>This contract already has a post at this street: one street, one post per contract.</source>
        <translation>This contract already has a post at this street: one street, one post per contract.</translation>
    </message>
    <message>
        <source>This worker already has an attendance record for that day.</source>
        <translation>This worker already has an attendance record for that day.</translation>
    </message>
    <message>
        <source>A record with the same key already exists (%1).</source>
        <translation>A record with the same key already exists (%1).</translation>
    </message>
    <message>
        <source>This record is still used by other records (or refers to one that does not exist). Remove or change those first.</source>
        <translation>This record is still used by other records (or refers to one that does not exist). Remove or change those first.</translation>
    </message>
    <message>
        <source>A value is out of its allowed range (%1).</source>
        <translation>A value is out of its allowed range (%1).</translation>
    </message>
    <message>
        <source>A required value is missing (%1).</source>
        <translation>A required value is missing (%1).</translation>
    </message>
    <message>
        <source>The database file is in use by another program or another OneStreet window. Close it there, or wait a moment, and try again.</source>
        <translation>The database file is in use by another program or another OneStreet window. Close it there, or wait a moment, and try again.</translation>
    </message>
    <message>
        <source>The database file is read-only. Make it writable and try again.</source>
        <translation>The database file is read-only. Make it writable and try again.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>The disk is full. Free some space and try again; nothing was saved.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database. Restore a backup copy (File → Restore backup).</source>
        <translation>The database file is damaged or is not a database. Restore a backup copy (File → Restore backup).</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that the folder exists and that you may write to it.</source>
        <translation>The database file cannot be opened. Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
</context>
<context>
    <name>core::ActivityRepository</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Activity %1 does not exist; it may have been removed. Refresh the list.</source>
        <translation>Activity %1 does not exist; it may have been removed. Refresh the list.</translation>
    </message>
    <message>
        <source>Enter the activity&apos;s title.</source>
        <translation>Enter the activity&apos;s title.</translation>
    </message>
    <message>
        <source>Enter the date the activity “%1” is planned for.</source>
        <translation>Enter the date the activity “%1” is planned for.</translation>
    </message>
    <message>
        <source>The budget of “%1” cannot be negative.</source>
        <translation>The budget of “%1” cannot be negative.</translation>
    </message>
    <message>
        <source>The expected number of participants of “%1” cannot be negative.</source>
        <translation>The expected number of participants of “%1” cannot be negative.</translation>
    </message>
    <message>
        <source>Choose at least one target group for “%1” (e.g. elderly, youth, all residents).</source>
        <translation>Choose at least one target group for “%1” (e.g. elderly, youth, all residents).</translation>
    </message>
    <message>
        <source>Choose the social worker who runs “%1”.</source>
        <translation>Choose the social worker who runs “%1”.</translation>
    </message>
    <message>
        <source>Choose the street where “%1” takes place.</source>
        <translation>Choose the street where “%1” takes place.</translation>
    </message>
    <message>
        <source>Enter the date “%1” was submitted for approval.</source>
        <translation>Enter the date “%1” was submitted for approval.</translation>
    </message>
    <message>
        <source>Enter who approved “%1” (the department or person).</source>
        <translation>Enter who approved “%1” (the department or person).</translation>
    </message>
    <message>
        <source>Enter the date “%1” was approved.</source>
        <translation>Enter the date “%1” was approved.</translation>
    </message>
    <message>
        <source>“%1” cannot be approved on %2, before it was submitted (%3).</source>
        <translation>“%1” cannot be approved on %2, before it was submitted (%3).</translation>
    </message>
    <message>
        <source>Enter who rejected “%1” (the department or person).</source>
        <translation>Enter who rejected “%1” (the department or person).</translation>
    </message>
    <message>
        <source>Enter the date “%1” was rejected.</source>
        <translation>Enter the date “%1” was rejected.</translation>
    </message>
    <message>
        <source>Say why “%1” is rejected, so that the worker can improve the plan.</source>
        <translation>Say why “%1” is rejected, so that the worker can improve the plan.</translation>
    </message>
    <message>
        <source>“%1” cannot be rejected on %2, before it was submitted (%3).</source>
        <translation>“%1” cannot be rejected on %2, before it was submitted (%3).</translation>
    </message>
    <message>
        <source>Enter the date “%1” was held.</source>
        <translation>Enter the date “%1” was held.</translation>
    </message>
    <message>
        <source>The number of participants of “%1” cannot be negative.</source>
        <translation>The number of participants of “%1” cannot be negative.</translation>
    </message>
    <message>
        <source>“%1” cannot have been held on %2, before it was approved (%3). Check the date.</source>
        <translation>“%1” cannot have been held on %2, before it was approved (%3). Check the date.</translation>
    </message>
    <message>
        <source>Enter the date “%1” was cancelled.</source>
        <translation>Enter the date “%1” was cancelled.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <source>Cancel activity</source>
        <translation>Cancel activity</translation>
    </message>
    <message>
        <source>A draft can be edited, removed or submitted for approval.</source>
        <translation>A draft can be edited, removed or submitted for approval.</translation>
    </message>
    <message>
        <source>A submitted activity waits for review: it can only be approved or rejected.</source>
        <translation>A submitted activity waits for review: it can only be approved or rejected.</translation>
    </message>
    <message>
        <source>An approved activity can only be marked as held or cancelled.</source>
        <translation>An approved activity can only be marked as held or cancelled.</translation>
    </message>
    <message>
        <source>A rejected activity is closed; plan a new draft to apply again.</source>
        <translation>A rejected activity is closed; plan a new draft to apply again.</translation>
    </message>
    <message>
        <source>A held activity is finished; it cannot change any more.</source>
        <translation>A held activity is finished; it cannot change any more.</translation>
    </message>
    <message>
        <source>A cancelled activity is closed; plan a new draft to hold it after all.</source>
        <translation>A cancelled activity is closed; plan a new draft to hold it after all.</translation>
    </message>
    <message>
        <source>“%1” cannot be edited: its status is “%2”.</source>
        <translation>“%1” cannot be edited: its status is “%2”.</translation>
    </message>
    <message>
        <source>“%1” cannot be removed: its status is “%2”.</source>
        <translation>“%1” cannot be removed: its status is “%2”.</translation>
    </message>
    <message>
        <source>“%1” cannot be submitted: its status is “%2”.</source>
        <translation>“%1” cannot be submitted: its status is “%2”.</translation>
    </message>
    <message>
        <source>“%1” cannot be approved: its status is “%2”.</source>
        <translation>“%1” cannot be approved: its status is “%2”.</translation>
    </message>
    <message>
        <source>“%1” cannot be rejected: its status is “%2”.</source>
        <translation>“%1” cannot be rejected: its status is “%2”.</translation>
    </message>
    <message>
        <source>“%1” cannot be marked as held: its status is “%2”.</source>
        <translation>“%1” cannot be marked as held: its status is “%2”.</translation>
    </message>
    <message>
        <source>“%1” cannot be cancelled: its status is “%2”.</source>
        <translation>“%1” cannot be cancelled: its status is “%2”.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>core::Alerts</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) end within %1 days with no successor: %2</source>
        <translation>
            <numerusform>%n contract(s) end within %1 days with no successor: %2</numerusform>
            <numerusform>%n contract(s) end within %1 days with no successor: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) without a social worker: %1</source>
        <translation>
            <numerusform>%n post(s) without a social worker: %1</numerusform>
            <numerusform>%n post(s) without a social worker: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n social worker(s) without supervision for %1 days or more: %2</source>
        <translation>
            <numerusform>%n social worker(s) without supervision for %1 days or more: %2</numerusform>
            <numerusform>%n social worker(s) without supervision for %1 days or more: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervision follow-up(s) overdue: %1</source>
        <translation>
            <numerusform>%n supervision follow-up(s) overdue: %1</numerusform>
            <numerusform>%n supervision follow-up(s) overdue: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity application(s) waiting %1 days or more for review: %2</source>
        <translation>
            <numerusform>%n activity application(s) waiting %1 days or more for review: %2</numerusform>
            <numerusform>%n activity application(s) waiting %1 days or more for review: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n social worker(s) with no attendance recorded for %1: %2</source>
        <translation>
            <numerusform>%n social worker(s) with no attendance recorded for %1: %2</numerusform>
            <numerusform>%n social worker(s) with no attendance recorded for %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::AttendanceLegend</name>
    <message>
        <source>Every line of the attendance legend needs a mark.</source>
        <translation>Every line of the attendance legend needs a mark.</translation>
    </message>
    <message>
        <source>The mark “%1” cannot contain |, ; or =.</source>
        <translation>The mark “%1” cannot contain |, ; or =.</translation>
    </message>
    <message>
        <source>The mark “%1” stands for two statuses in the attendance legend.</source>
        <translation>The mark “%1” stands for two statuses in the attendance legend.</translation>
    </message>
    <message>
        <source>The mark “%1” is the letter of “%2”; choose another mark for “%3”.</source>
        <translation>The mark “%1” is the letter of “%2”; choose another mark for “%3”.</translation>
    </message>
</context>
<context>
    <name>core::AttendanceRepository</name>
    <message>
        <source>Enter the day of the attendance record.</source>
        <translation>Enter the day of the attendance record.</translation>
    </message>
    <message>
        <source>Choose the social worker (worker #%1 does not exist).</source>
        <translation>Choose the social worker (worker #%1 does not exist).</translation>
    </message>
    <message>
        <source>The sign-out time %1 is before the sign-in time %2. Correct one of them.</source>
        <translation>The sign-out time %1 is before the sign-in time %2. Correct one of them.</translation>
    </message>
    <message>
        <source>There is no attendance record for that worker on %1.</source>
        <translation>There is no attendance record for that worker on %1.</translation>
    </message>
    <message>
        <source>Choose a period to fill whose last day is not before its first day.</source>
        <translation>Choose a period to fill whose last day is not before its first day.</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>Choose a month.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>core::AttendanceRule</name>
    <message>
        <source>, </source>
        <comment>between the statuses of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Attendance rate = days attended ÷ required days</source>
        <translation>Attendance rate = days attended ÷ required days</translation>
    </message>
    <message>
        <source>Attendance rate = days attended ÷ (required days − days of %1)</source>
        <translation>Attendance rate = days attended ÷ (required days − days of %1)</translation>
    </message>
    <message>
        <source>; counted as attended: %1</source>
        <translation>; counted as attended: %1</translation>
    </message>
    <message>
        <source>; counted against: %1</source>
        <translation>; counted against: %1</translation>
    </message>
    <message>
        <source>“%1” must count as attended in the attendance rule.</source>
        <translation>“%1” must count as attended in the attendance rule.</translation>
    </message>
    <message>
        <source>“%1” must count against the attendance rate in the attendance rule.</source>
        <translation>“%1” must count against the attendance rate in the attendance rule.</translation>
    </message>
    <message>
        <source>Counted as attended</source>
        <translation>Counted as attended</translation>
    </message>
    <message>
        <source>Excused (not required)</source>
        <translation>Excused (not required)</translation>
    </message>
    <message>
        <source>Counted against</source>
        <translation>Counted against</translation>
    </message>
</context>
<context>
    <name>core::Backup</name>
    <message>
        <source>Cannot write the backup to “%1”: the folder does not exist or is not writable.</source>
        <translation>Cannot write the backup to “%1”: the folder does not exist or is not writable.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”. Is it open elsewhere?</source>
        <translation>Cannot replace “%1”. Is it open elsewhere?</translation>
    </message>
    <message>
        <source>Cannot write the backup to “%1”.</source>
        <translation>Cannot write the backup to “%1”.</translation>
    </message>
</context>
<context>
    <name>core::BulkWriter</name>
    <message>
        <source>Bulk writing needs an open SQLite file.</source>
        <translation>Bulk writing needs an open SQLite file.</translation>
    </message>
    <message>
        <source>Bulk writing needs an open database.</source>
        <translation>Bulk writing needs an open database.</translation>
    </message>
</context>
<context>
    <name>core::Calendar</name>
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
    </message>
</context>
<context>
    <name>core::Check</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>The file is damaged: %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a record of table %3 that does not exist.</source>
        <translation>Row %1 of table %2 refers to a record of table %3 that does not exist.</translation>
    </message>
    <message>
        <source>Posts %1: contract %2 has more than one post for %3 (one street, one post per contract).</source>
        <translation>Posts %1: contract %2 has more than one post for %3 (one street, one post per contract).</translation>
    </message>
    <message>
        <source>Placements %1 overlap: %2 holds two placements at once (from %3 and from %4).</source>
        <translation>Placements %1 overlap: %2 holds two placements at once (from %3 and from %4).</translation>
    </message>
    <message>
        <source>Placements %1 overlap: the post at %2 (contract %3) is held by two workers at once.</source>
        <translation>Placements %1 overlap: the post at %2 (contract %3) is held by two workers at once.</translation>
    </message>
    <message>
        <source>Placement %1 (%2 to %3) lies outside the term of contract %4 (%5 to %6).</source>
        <translation>Placement %1 (%2 to %3) lies outside the term of contract %4 (%5 to %6).</translation>
    </message>
    <message>
        <source>Record %1 of %2 ends (%4) before it starts (%3).</source>
        <translation>Record %1 of %2 ends (%4) before it starts (%3).</translation>
    </message>
    <message>
        <source>Record %1 of %2 has a negative amount (%3 fen).</source>
        <translation>Record %1 of %2 has a negative amount (%3 fen).</translation>
    </message>
    <message>
        <source>Attendance rows %1: %2 has more than one attendance record on %3.</source>
        <translation>Attendance rows %1: %2 has more than one attendance record on %3.</translation>
    </message>
    <message>
        <source>Activity %1 “%2”: its dates and review fields do not fit its status “%3”.</source>
        <translation>Activity %1 “%2”: its dates and review fields do not fit its status “%3”.</translation>
    </message>
    <message>
        <source>Final evaluation %1: its item weights add up to %2 instead of 100.</source>
        <translation>Final evaluation %1: its item weights add up to %2 instead of 100.</translation>
    </message>
    <message>
        <source>Evaluation %1 says it was unlocked %2 times, but %3 unlocks are recorded.</source>
        <translation>Evaluation %1 says it was unlocked %2 times, but %3 unlocks are recorded.</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>The file could not be checked.</translation>
    </message>
    <message>
        <source>Worker %1: the monthly attendance totals of %2 do not match the attendance records.</source>
        <translation>Worker %1: the monthly attendance totals of %2 do not match the attendance records.</translation>
    </message>
    <message>
        <source>Worker %1: the monthly work-log totals of %2 do not match the work-log entries.</source>
        <translation>Worker %1: the monthly work-log totals of %2 do not match the work-log entries.</translation>
    </message>
</context>
<context>
    <name>core::ContractRepository</name>
    <message>
        <source>There is no contract with number %1.</source>
        <translation>There is no contract with number %1.</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>open end</translation>
    </message>
    <message>
        <source>The placement of %1 at %2 (%3 to %4) would lie outside the contract&apos;s term %5 to %6. Change or end that placement first.</source>
        <translation>The placement of %1 at %2 (%3 to %4) would lie outside the contract&apos;s term %5 to %6. Change or end that placement first.</translation>
    </message>
    <message>
        <source>A contract needs a code, e.g. the number on the signed agreement.</source>
        <translation>A contract needs a code, e.g. the number on the signed agreement.</translation>
    </message>
    <message>
        <source>There is already a contract with code “%1”. Codes must be unique.</source>
        <translation>There is already a contract with code “%1”. Codes must be unique.</translation>
    </message>
    <message>
        <source>Choose the purchaser of contract “%1”.</source>
        <translation>Choose the purchaser of contract “%1”.</translation>
    </message>
    <message>
        <source>Give the start and end dates of contract “%1”.</source>
        <translation>Give the start and end dates of contract “%1”.</translation>
    </message>
    <message>
        <source>Contract “%1” ends (%2) before it starts (%3). Correct the dates.</source>
        <translation>Contract “%1” ends (%2) before it starts (%3). Correct the dates.</translation>
    </message>
    <message>
        <source>The number of posts cannot be negative.</source>
        <translation>The number of posts cannot be negative.</translation>
    </message>
    <message>
        <source>The funding per post cannot be negative.</source>
        <translation>The funding per post cannot be negative.</translation>
    </message>
    <message>
        <source>The overhead rate must lie between 0% and 100%.</source>
        <translation>The overhead rate must lie between 0% and 100%.</translation>
    </message>
    <message>
        <source>The fixed overhead per post cannot be negative.</source>
        <translation>The fixed overhead per post cannot be negative.</translation>
    </message>
    <message>
        <source>The fixed overhead per post (%1) is more than the funding per post (%2).</source>
        <translation>The fixed overhead per post (%1) is more than the funding per post (%2).</translation>
    </message>
    <message>
        <source>A contract cannot renew itself.</source>
        <translation>A contract cannot renew itself.</translation>
    </message>
    <message>
        <source>The contract that “%1” renews does not exist.</source>
        <translation>The contract that “%1” renews does not exist.</translation>
    </message>
    <message>
        <source>Contract “%1” has already been renewed by another contract.</source>
        <translation>Contract “%1” has already been renewed by another contract.</translation>
    </message>
    <message>
        <source>A renewal must start after the contract it renews ends (%1 ends on %2).</source>
        <translation>A renewal must start after the contract it renews ends (%1 ends on %2).</translation>
    </message>
    <message>
        <source>Contract “%1” already has %2 posts; the number of posts cannot be lower. Remove posts first.</source>
        <translation>Contract “%1” already has %2 posts; the number of posts cannot be lower. Remove posts first.</translation>
    </message>
    <message numerus="yes">
        <source>Contract “%1” has %n placement(s) and cannot be removed. Mark it as ended or terminated instead.</source>
        <translation>
            <numerusform>Contract “%1” has %n placement(s) and cannot be removed. Mark it as ended or terminated instead.</numerusform>
            <numerusform>Contract “%1” has %n placement(s) and cannot be removed. Mark it as ended or terminated instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contract “%1” has %n funding entries and cannot be removed. Mark it as ended or terminated instead.</source>
        <translation>
            <numerusform>Contract “%1” has %n funding entries and cannot be removed. Mark it as ended or terminated instead.</numerusform>
            <numerusform>Contract “%1” has %n funding entries and cannot be removed. Mark it as ended or terminated instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract “%1” was renewed as “%2”; remove the renewal first.</source>
        <translation>Contract “%1” was renewed as “%2”; remove the renewal first.</translation>
    </message>
    <message>
        <source>Contract “%1” has already been renewed as “%2”.</source>
        <translation>Contract “%1” has already been renewed as “%2”.</translation>
    </message>
    <message>
        <source>Give the start and end dates of the renewed contract.</source>
        <translation>Give the start and end dates of the renewed contract.</translation>
    </message>
    <message>
        <source>The renewal must start after contract “%1” ends (%2); it starts on %3.</source>
        <translation>The renewal must start after contract “%1” ends (%2); it starts on %3.</translation>
    </message>
    <message>
        <source>Contract “%1” was terminated; it cannot be marked as ended.</source>
        <translation>Contract “%1” was terminated; it cannot be marked as ended.</translation>
    </message>
    <message>
        <source>Contract “%1” is already ended.</source>
        <translation>Contract “%1” is already ended.</translation>
    </message>
    <message>
        <source>Contract “%1” is already terminated.</source>
        <translation>Contract “%1” is already terminated.</translation>
    </message>
    <message>
        <source>Contract “%1” has already ended.</source>
        <translation>Contract “%1” has already ended.</translation>
    </message>
    <message>
        <source>Give the reason for terminating contract “%1”.</source>
        <translation>Give the reason for terminating contract “%1”.</translation>
    </message>
    <message>
        <source>The termination date %1 is before contract “%2” starts (%3).</source>
        <translation>The termination date %1 is before contract “%2” starts (%3).</translation>
    </message>
    <message>
        <source>The termination date %1 is after contract “%2” ends (%3).</source>
        <translation>The termination date %1 is after contract “%2” ends (%3).</translation>
    </message>
    <message>
        <source>Terminated on %1: %2</source>
        <translation>Terminated on %1: %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Purchaser</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Funding per post</source>
        <translation>Funding per post</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Successor</translation>
    </message>
</context>
<context>
    <name>core::Database</name>
    <message>
        <source>“%1” is not a OneStreet database (it is not an SQLite file, or it is damaged). Open another file, or restore a backup copy.</source>
        <translation>“%1” is not a OneStreet database (it is not an SQLite file, or it is damaged). Open another file, or restore a backup copy.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder is not writable. Choose another folder.</source>
        <translation>Cannot create “%1”: the folder is not writable. Choose another folder.</translation>
    </message>
    <message>
        <source>The file “%1” is read-only. Make it writable (or copy it to a folder you can write to) and open it again.</source>
        <translation>The file “%1” is read-only. Make it writable (or copy it to a folder you can write to) and open it again.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite file, but not a OneStreet database. Open another file.</source>
        <translation>“%1” is an SQLite file, but not a OneStreet database. Open another file.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of OneStreet (file format %2; this program knows up to %3). Install the newer version to open it. The file was not changed.</source>
        <translation>“%1” was written by a newer version of OneStreet (file format %2; this program knows up to %3). Install the newer version to open it. The file was not changed.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade to this program&apos;s file format, but it is opened read-only. Open it for writing.</source>
        <translation>“%1” needs an upgrade to this program&apos;s file format, but it is opened read-only. Open it for writing.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this program.</source>
        <translation>Migration %1 is missing from this program.</translation>
    </message>
    <message>
        <source>Upgrading the file to format %1 failed: %2. The file was not changed.</source>
        <translation>Upgrading the file to format %1 failed: %2. The file was not changed.</translation>
    </message>
    <message>
        <source>A placement must lie inside its contract&apos;s term.</source>
        <translation>A placement must lie inside its contract&apos;s term.</translation>
    </message>
    <message>
        <source>This worker already has a placement in that period: a worker holds one placement at a time. End the other placement first.</source>
        <translation>This worker already has a placement in that period: a worker holds one placement at a time. End the other placement first.</translation>
    </message>
    <message>
        <source>This post is already held by another worker in that period. End that placement first.</source>
        <translation>This post is already held by another worker in that period. End that placement first.</translation>
    </message>
    <message>
        <source>A new activity starts as a draft.</source>
        <translation>A new activity starts as a draft.</translation>
    </message>
    <message>
        <source>An activity moves only draft → submitted → approved or rejected → held or cancelled.</source>
        <translation>An activity moves only draft → submitted → approved or rejected → held or cancelled.</translation>
    </message>
    <message>
        <source>This evaluation is final and cannot change. Unlock it first, giving a reason.</source>
        <translation>This evaluation is final and cannot change. Unlock it first, giving a reason.</translation>
    </message>
    <message>
        <source>The rubric&apos;s weights must sum to 100.</source>
        <translation>The rubric&apos;s weights must sum to 100.</translation>
    </message>
    <message>
        <source>The transaction has ended.</source>
        <translation>The transaction has ended.</translation>
    </message>
    <message>
        <source>Upgrading the file to format %1 failed: row %2 of table %3 refers to a record that does not exist. The file was not changed.</source>
        <translation>Upgrading the file to format %1 failed: row %2 of table %3 refers to a record that does not exist. The file was not changed.</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>server %1</translation>
    </message>
    <message>
        <source>The server address “%1” names no database: write postgresql://user@host:port/dbname.</source>
        <translation>The server address “%1” names no database: write postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>This program cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql).</source>
        <translation>This program cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server has no database “%1”. Create it first (see the README: “OneStreet on a PostgreSQL server”).</source>
        <translation>The server has no database “%1”. Create it first (see the README: “OneStreet on a PostgreSQL server”).</translation>
    </message>
    <message>
        <source>The server %1 refused the login: check the user name and password.</source>
        <translation>The server %1 refused the login: check the user name and password.</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>Cannot connect to the server %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of OneStreet (format %2; this program knows up to %3). Install the newer version to open it. Nothing was changed.</source>
        <translation>The database %1 was written by a newer version of OneStreet (format %2; this program knows up to %3). Install the newer version to open it. Nothing was changed.</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade, but it is opened read-only. Open it for writing.</source>
        <translation>The database %1 needs an upgrade, but it is opened read-only. Open it for writing.</translation>
    </message>
    <message>
        <source>The database %1 holds tables, but it is not a OneStreet database. Connect to another database, or ask for an empty one. Nothing was changed.</source>
        <translation>The database %1 holds tables, but it is not a OneStreet database. Connect to another database, or ask for an empty one. Nothing was changed.</translation>
    </message>
    <message>
        <source>Upgrading the database to format %1 failed: %2. Nothing was changed.</source>
        <translation>Upgrading the database to format %1 failed: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>The server did not give the new record&apos;s number.</source>
        <translation>The server did not give the new record&apos;s number.</translation>
    </message>
    <message>
        <source>This contract already has a post at this street: one street, one post per contract.</source>
        <translation>This contract already has a post at this street: one street, one post per contract.</translation>
    </message>
    <message>
        <source>This worker already has an attendance record for that day.</source>
        <translation>This worker already has an attendance record for that day.</translation>
    </message>
    <message>
        <source>A record with the same key already exists (%1).</source>
        <translation>A record with the same key already exists (%1).</translation>
    </message>
    <message>
        <source>This record is still used by other records (or refers to one that does not exist). Remove or change those first.</source>
        <translation>This record is still used by other records (or refers to one that does not exist). Remove or change those first.</translation>
    </message>
    <message>
        <source>A value is out of its allowed range (%1).</source>
        <translation>A value is out of its allowed range (%1).</translation>
    </message>
    <message>
        <source>A required value is missing (%1).</source>
        <translation>A required value is missing (%1).</translation>
    </message>
    <message>
        <source>Someone else changed the same records at the same moment. Nothing was saved; try again.</source>
        <translation>Someone else changed the same records at the same moment. Nothing was saved; try again.</translation>
    </message>
    <message>
        <source>The server does not let this login change the database (it is read-only or lacks the rights). Ask the agency&apos;s IT person.</source>
        <translation>The server does not let this login change the database (it is read-only or lacks the rights). Ask the agency&apos;s IT person.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full. Nothing was saved; ask the agency&apos;s IT person.</source>
        <translation>The server&apos;s disk is full. Nothing was saved; ask the agency&apos;s IT person.</translation>
    </message>
    <message>
        <source>The connection to the server was lost (server restarted or network gone). Nothing of the last change was saved; reconnect and try again.</source>
        <translation>The connection to the server was lost (server restarted or network gone). Nothing of the last change was saved; reconnect and try again.</translation>
    </message>
    <message>
        <source>The server refused the login: check the user name and password.</source>
        <translation>The server refused the login: check the user name and password.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
    <message>
        <source>Attendance can be recorded on a working day only (on a weekend or public holiday, only business out).</source>
        <translation>Attendance can be recorded on a working day only (on a weekend or public holiday, only business out).</translation>
    </message>
    <message>
        <source>An activity can only have been held while its worker was placed in a post.</source>
        <translation>An activity can only have been held while its worker was placed in a post.</translation>
    </message>
</context>
<context>
    <name>core::DayRules</name>
    <message>
        <source>%1 is not a working day; %2 is recorded as business out (公出) on a day off.</source>
        <translation>%1 is not a working day; %2 is recorded as business out (公出) on a day off.</translation>
    </message>
    <message>
        <source>%1 is not a working day (weekend or public holiday): only business out (公出) can be recorded on it. Check the date, or mark the day as a working day in Settings.</source>
        <translation>%1 is not a working day (weekend or public holiday): only business out (公出) can be recorded on it. Check the date, or mark the day as a working day in Settings.</translation>
    </message>
    <message>
        <source>%1 was not placed in a post on %2: an activity cannot have been held outside the worker&apos;s placement. Check the date.</source>
        <translation>%1 was not placed in a post on %2: an activity cannot have been held outside the worker&apos;s placement. Check the date.</translation>
    </message>
</context>
<context>
    <name>core::DemoGenerator</name>
    <message>
        <source>The number of streets must be between 1 and %1.</source>
        <translation>The number of streets must be between 1 and %1.</translation>
    </message>
    <message>
        <source>The number of years must be between 1 and %1.</source>
        <translation>The number of years must be between 1 and %1.</translation>
    </message>
    <message>
        <source>The file already holds data. Demo data goes only into a new, empty file: choose another file with --db.</source>
        <translation>The file already holds data. Demo data goes only into a new, empty file: choose another file with --db.</translation>
    </message>
    <message>
        <source>Streets and contracts</source>
        <translation>Streets and contracts</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Demo data was cancelled; nothing was written.</source>
        <translation>Demo data was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Indexing attendance and work logs</source>
        <translation>Indexing attendance and work logs</translation>
    </message>
    <message>
        <source>Attendance, work logs and activities</source>
        <translation>Attendance, work logs and activities</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Exchange meetings</source>
        <translation>Exchange meetings</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
</context>
<context>
    <name>core::Enums</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Share of funding</source>
        <translation>Share of funding</translation>
    </message>
    <message>
        <source>Fixed amount per post</source>
        <translation>Fixed amount per post</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>No certificate</translation>
    </message>
    <message>
        <source>Assistant social worker</source>
        <translation>Assistant social worker</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Senior social worker</source>
        <translation>Senior social worker</translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation>Contract ended</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Resigned</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Overhead kept</source>
        <translation>Overhead kept</translation>
    </message>
    <message>
        <source>Pay to worker</source>
        <translation>Pay to worker</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Left early</translation>
    </message>
    <message>
        <source>Absent without leave</source>
        <translation>Absent without leave</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>Personal leave</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>Annual leave</translation>
    </message>
    <message>
        <source>Business out</source>
        <translation>Business out</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>Casework</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>Group work</translation>
    </message>
    <message>
        <source>Community activity</source>
        <translation>Community activity</translation>
    </message>
    <message>
        <source>Resource linking</source>
        <translation>Resource linking</translation>
    </message>
    <message>
        <source>Departmental chores</source>
        <translation>Departmental chores</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Statistics and reports</source>
        <translation>Statistics and reports</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>People with disabilities</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Youth</translation>
    </message>
    <message>
        <source>People in hardship</source>
        <translation>People in hardship</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migrants</translation>
    </message>
    <message>
        <source>All residents</source>
        <translation>All residents</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>On-site</translation>
    </message>
    <message>
        <source>Phone or online</source>
        <translation>Phone or online</translation>
    </message>
    <message>
        <source>Experience sharing</source>
        <translation>Experience sharing</translation>
    </message>
    <message>
        <source>Social gathering</source>
        <translation>Social gathering</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Activities held against a target</source>
        <translation>Activities held against a target</translation>
    </message>
    <message>
        <source>Supervision attended against expected</source>
        <translation>Supervision attended against expected</translation>
    </message>
    <message>
        <source>Work summary submitted</source>
        <translation>Work summary submitted</translation>
    </message>
    <message>
        <source>Supervisor&apos;s judgement</source>
        <translation>Supervisor&apos;s judgement</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
</context>
<context>
    <name>core::EvaluationRepository</name>
    <message>
        <source>Choose a period (a month, quarter, half-year or year).</source>
        <translation>Choose a period (a month, quarter, half-year or year).</translation>
    </message>
    <message>
        <source>The template “%1” cannot be used: %2</source>
        <translation>The template “%1” cannot be used: %2</translation>
    </message>
    <message>
        <source>There is no supervisor with the number %1.</source>
        <translation>There is no supervisor with the number %1.</translation>
    </message>
    <message>
        <source>Cancelled; no evaluation was made.</source>
        <translation>Cancelled; no evaluation was made.</translation>
    </message>
    <message>
        <source>Present %1/%2 days, %3%</source>
        <translation>Present %1/%2 days, %3%</translation>
    </message>
    <message>
        <source>; late or left early %1, absent %2</source>
        <translation>; late or left early %1, absent %2</translation>
    </message>
    <message>
        <source>No required working days in the period</source>
        <translation>No required working days in the period</translation>
    </message>
    <message>
        <source>Attended supervision %1/%2 times</source>
        <translation>Attended supervision %1/%2 times</translation>
    </message>
    <message>
        <source>Work summary not submitted</source>
        <translation>Work summary not submitted</translation>
    </message>
    <message>
        <source>There is no evaluation with the number %1.</source>
        <translation>There is no evaluation with the number %1.</translation>
    </message>
    <message>
        <source>This evaluation is final and cannot change. Unlock it, giving a reason, to edit it.</source>
        <translation>This evaluation is final and cannot change. Unlock it, giving a reason, to edit it.</translation>
    </message>
    <message>
        <source>There is no evaluation item with the number %1.</source>
        <translation>There is no evaluation item with the number %1.</translation>
    </message>
    <message>
        <source>A score lies between 0 and 100; %1 is not allowed.</source>
        <translation>A score lies between 0 and 100; %1 is not allowed.</translation>
    </message>
    <message>
        <source>The records propose %1 for “%2”; say why you score it differently.</source>
        <translation>The records propose %1 for “%2”; say why you score it differently.</translation>
    </message>
    <message>
        <source>Work summary submitted on %1</source>
        <translation>Work summary submitted on %1</translation>
    </message>
    <message>
        <source>Score every item before finalising; not scored yet: %1.</source>
        <translation>Score every item before finalising; not scored yet: %1.</translation>
    </message>
    <message>
        <source>The weights of this evaluation add up to %1; they must add up to 100.</source>
        <translation>The weights of this evaluation add up to %1; they must add up to 100.</translation>
    </message>
    <message>
        <source>This evaluation is a draft already; there is nothing to unlock.</source>
        <translation>This evaluation is a draft already; there is nothing to unlock.</translation>
    </message>
    <message>
        <source>Say why the final evaluation is unlocked; the reason is kept with it.</source>
        <translation>Say why the final evaluation is unlocked; the reason is kept with it.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 ends on %2, after %3: it cannot be evaluated as a whole yet. Make an interim evaluation as of %3 instead (its targets are pro-rated to the working days elapsed), or wait until the period has ended.</source>
        <translation>%1 ends on %2, after %3: it cannot be evaluated as a whole yet. Make an interim evaluation as of %3 instead (its targets are pro-rated to the working days elapsed), or wait until the period has ended.</translation>
    </message>
    <message>
        <source>%1 starts on %2, after %3: there is nothing to evaluate yet.</source>
        <translation>%1 starts on %2, after %3: there is nothing to evaluate yet.</translation>
    </message>
    <message>
        <source> (target for %1 of the period&apos;s %2 working days)</source>
        <translation> (target for %1 of the period&apos;s %2 working days)</translation>
    </message>
    <message>
        <source>; %1 %2 days not required</source>
        <translation>; %1 %2 days not required</translation>
    </message>
    <message>
        <source>All %1 required days excused (%2)</source>
        <translation>All %1 required days excused (%2)</translation>
    </message>
    <message>
        <source>Held %1/%2 activities, %3 participants</source>
        <translation>Held %1/%2 activities, %3 participants</translation>
    </message>
    <message>
        <source>%1 (interim, as of %2)</source>
        <translation>%1 (interim, as of %2)</translation>
    </message>
</context>
<context>
    <name>core::ExchangeRepository</name>
    <message>
        <source>Exchange meeting %1 does not exist; it may have been removed. Refresh the list.</source>
        <translation>Exchange meeting %1 does not exist; it may have been removed. Refresh the list.</translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation>Enter the date of the meeting.</translation>
    </message>
    <message>
        <source>Enter the meeting&apos;s topic.</source>
        <translation>Enter the meeting&apos;s topic.</translation>
    </message>
    <message>
        <source>Social worker %1 does not exist; choose the attendees again.</source>
        <translation>Social worker %1 does not exist; choose the attendees again.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>core::FundingRepository</name>
    <message>
        <source>There is no funding entry with number %1.</source>
        <translation>There is no funding entry with number %1.</translation>
    </message>
    <message>
        <source>Choose the contract the funding entry belongs to.</source>
        <translation>Choose the contract the funding entry belongs to.</translation>
    </message>
    <message>
        <source>Give the date of the funding entry.</source>
        <translation>Give the date of the funding entry.</translation>
    </message>
    <message>
        <source>An amount cannot be negative (%1). Record money going out as overhead or pay.</source>
        <translation>An amount cannot be negative (%1). Record money going out as overhead or pay.</translation>
    </message>
    <message>
        <source>“%1” is not a month; write it as year-month, e.g. 2026-03.</source>
        <translation>“%1” is not a month; write it as year-month, e.g. 2026-03.</translation>
    </message>
    <message>
        <source>A pay entry needs the post, the social worker who was paid and the month paid for.</source>
        <translation>A pay entry needs the post, the social worker who was paid and the month paid for.</translation>
    </message>
    <message>
        <source>The post chosen does not belong to this contract. Choose one of its posts.</source>
        <translation>The post chosen does not belong to this contract. Choose one of its posts.</translation>
    </message>
    <message>
        <source>The social worker chosen does not exist.</source>
        <translation>The social worker chosen does not exist.</translation>
    </message>
    <message>
        <source>Overhead for contract “%1” was already recorded on %2. Change those entries instead.</source>
        <translation>Overhead for contract “%1” was already recorded on %2. Change those entries instead.</translation>
    </message>
    <message>
        <source>Contract “%1” has no posts yet; add its posts before recording overhead.</source>
        <translation>Contract “%1” has no posts yet; add its posts before recording overhead.</translation>
    </message>
    <message>
        <source>Overhead: fixed amount per post</source>
        <translation>Overhead: fixed amount per post</translation>
    </message>
    <message>
        <source>Overhead: %1% of the funding per post</source>
        <translation>Overhead: %1% of the funding per post</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>core::ListSource</name>
    <message>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>core::OrganisationRepository</name>
    <message>
        <source>There is no district with number %1.</source>
        <translation>There is no district with number %1.</translation>
    </message>
    <message>
        <source>A district needs a name.</source>
        <translation>A district needs a name.</translation>
    </message>
    <message>
        <source>There is already a district named “%1”. Choose another name.</source>
        <translation>There is already a district named “%1”. Choose another name.</translation>
    </message>
    <message numerus="yes">
        <source>District “%1” still has %n street(s). Remove or move them first.</source>
        <translation>
            <numerusform>District “%1” still has %n street(s). Remove or move them first.</numerusform>
            <numerusform>District “%1” still has %n street(s). Remove or move them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no street with number %1.</source>
        <translation>There is no street with number %1.</translation>
    </message>
    <message>
        <source>A street needs a name.</source>
        <translation>A street needs a name.</translation>
    </message>
    <message>
        <source>Choose the district the street “%1” belongs to.</source>
        <translation>Choose the district the street “%1” belongs to.</translation>
    </message>
    <message>
        <source>District “%1” already has a street named “%2”. Choose another name.</source>
        <translation>District “%1” already has a street named “%2”. Choose another name.</translation>
    </message>
    <message numerus="yes">
        <source>Street “%1” has %n post(s) in contracts and cannot be removed. Remove those posts first.</source>
        <translation>
            <numerusform>Street “%1” has %n post(s) in contracts and cannot be removed. Remove those posts first.</numerusform>
            <numerusform>Street “%1” has %n post(s) in contracts and cannot be removed. Remove those posts first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Street “%1” has %n activity record(s) and cannot be removed.</source>
        <translation>
            <numerusform>Street “%1” has %n activity record(s) and cannot be removed.</numerusform>
            <numerusform>Street “%1” has %n activity record(s) and cannot be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no department with number %1.</source>
        <translation>There is no department with number %1.</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>A department needs a name.</translation>
    </message>
    <message>
        <source>Choose the street the department “%1” belongs to.</source>
        <translation>Choose the street the department “%1” belongs to.</translation>
    </message>
    <message>
        <source>Street “%1” already has a department named “%2”. Choose another name.</source>
        <translation>Street “%1” already has a department named “%2”. Choose another name.</translation>
    </message>
    <message numerus="yes">
        <source>Department “%1” is named in %n placement(s) and cannot be removed.</source>
        <translation>
            <numerusform>Department “%1” is named in %n placement(s) and cannot be removed.</numerusform>
            <numerusform>Department “%1” is named in %n placement(s) and cannot be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
</context>
<context>
    <name>core::Period</name>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <source>%1 H1</source>
        <translation>%1 H1</translation>
    </message>
    <message>
        <source>%1 H2</source>
        <translation>%1 H2</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
</context>
<context>
    <name>core::PlacementRepository</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Placement #%1 does not exist (it may have been removed).</source>
        <translation>Placement #%1 does not exist (it may have been removed).</translation>
    </message>
    <message>
        <source>Choose the social worker to place (worker #%1 does not exist).</source>
        <translation>Choose the social worker to place (worker #%1 does not exist).</translation>
    </message>
    <message>
        <source>Choose the post (street and contract) for the placement (post #%1 does not exist).</source>
        <translation>Choose the post (street and contract) for the placement (post #%1 does not exist).</translation>
    </message>
    <message>
        <source>Enter the day the placement starts.</source>
        <translation>Enter the day the placement starts.</translation>
    </message>
    <message>
        <source>The placement ends (%1) before it starts (%2). Correct the dates.</source>
        <translation>The placement ends (%1) before it starts (%2). Correct the dates.</translation>
    </message>
    <message>
        <source>The placement (%1) must lie inside the term of contract %2 (%3). Choose dates within the contract, or place the worker under the contract that covers these dates.</source>
        <translation>The placement (%1) must lie inside the term of contract %2 (%3). Choose dates within the contract, or place the worker under the contract that covers these dates.</translation>
    </message>
    <message>
        <source>An end reason needs an end date. Enter the day the placement ends, or clear the reason.</source>
        <translation>An end reason needs an end date. Enter the day the placement ends, or clear the reason.</translation>
    </message>
    <message>
        <source>%1 is already placed at %2 from %3, which overlaps %4. A worker holds one placement at a time: end that placement first, or choose other dates.</source>
        <translation>%1 is already placed at %2 from %3, which overlaps %4. A worker holds one placement at a time: end that placement first, or choose other dates.</translation>
    </message>
    <message>
        <source>The post at %1 (contract %2) is already held by %3 from %4, which overlaps %5. A post holds one worker at a time: end that placement first, or choose other dates.</source>
        <translation>The post at %1 (contract %2) is already held by %3 from %4, which overlaps %5. A post holds one worker at a time: end that placement first, or choose other dates.</translation>
    </message>
    <message>
        <source>The department #%1 does not exist. Choose a department of %2.</source>
        <translation>The department #%1 does not exist. Choose a department of %2.</translation>
    </message>
    <message>
        <source>The department “%1” belongs to %2, not to %3. Choose a department of %3.</source>
        <translation>The department “%1” belongs to %2, not to %3. Choose a department of %3.</translation>
    </message>
    <message>
        <source>Choose why the placement ends (contract ended, resigned, transferred…).</source>
        <translation>Choose why the placement ends (contract ended, resigned, transferred…).</translation>
    </message>
    <message>
        <source>Enter the day the placement ends.</source>
        <translation>Enter the day the placement ends.</translation>
    </message>
    <message>
        <source>The end day %1 is outside the placement (%2). Choose a day within it.</source>
        <translation>The end day %1 is outside the placement (%2). Choose a day within it.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>End reason</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>Handover note</translation>
    </message>
</context>
<context>
    <name>core::PostRepository</name>
    <message>
        <source>There is no post with number %1.</source>
        <translation>There is no post with number %1.</translation>
    </message>
    <message>
        <source>Choose the street of the post.</source>
        <translation>Choose the street of the post.</translation>
    </message>
    <message>
        <source>This contract already has a post at %1: one street, one post per contract.</source>
        <translation>This contract already has a post at %1: one street, one post per contract.</translation>
    </message>
    <message>
        <source>Choose the contract the post belongs to.</source>
        <translation>Choose the contract the post belongs to.</translation>
    </message>
    <message numerus="yes">
        <source>Contract “%1” funds %n post(s), and all of them have a street. Raise the number of posts in the contract first.</source>
        <translation>
            <numerusform>Contract “%1” funds %n post(s), and all of them have a street. Raise the number of posts in the contract first.</numerusform>
            <numerusform>Contract “%1” funds %n post(s), and all of them have a street. Raise the number of posts in the contract first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workers have been placed in the post at %1; its street cannot change. Add a new post instead.</source>
        <translation>Workers have been placed in the post at %1; its street cannot change. Add a new post instead.</translation>
    </message>
    <message numerus="yes">
        <source>The post at %1 in contract “%2” has %n placement(s) and cannot be removed.</source>
        <translation>
            <numerusform>The post at %1 in contract “%2” has %n placement(s) and cannot be removed.</numerusform>
            <numerusform>The post at %1 in contract “%2” has %n placement(s) and cannot be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The post at %1 in contract “%2” has %n funding entries and cannot be removed.</source>
        <translation>
            <numerusform>The post at %1 in contract “%2” has %n funding entries and cannot be removed.</numerusform>
            <numerusform>The post at %1 in contract “%2” has %n funding entries and cannot be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>(vacant)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Social worker today</source>
        <translation>Social worker today</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Contract status</source>
        <translation>Contract status</translation>
    </message>
</context>
<context>
    <name>core::PurchaserReport</name>
    <message>
        <source>Give the report&apos;s period, e.g. 2026-Q3.</source>
        <translation>Give the report&apos;s period, e.g. 2026-Q3.</translation>
    </message>
    <message>
        <source>A report for the purchaser covers posts: choose a contract, a district, a street or the whole agency.</source>
        <translation>A report for the purchaser covers posts: choose a contract, a district, a street or the whole agency.</translation>
    </message>
    <message>
        <source>Contract “%1” is a draft: it has not run, so there is nothing to report. Report on it once it is active.</source>
        <translation>Contract “%1” is a draft: it has not run, so there is nothing to report. Report on it once it is active.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) lies outside the term of contract “%4” (%5 to %6); choose a period inside the term.</source>
        <translation>%1 (%2 to %3) lies outside the term of contract “%4” (%5 to %6); choose a period inside the term.</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contract %1</translation>
    </message>
    <message>
        <source>Whole agency</source>
        <translation>Whole agency</translation>
    </message>
    <message>
        <source>%1 begins on %2, after the as-of day %3: nothing has happened in it yet. Choose an earlier period or a later --on day.</source>
        <translation>%1 begins on %2, after the as-of day %3: nothing has happened in it yet. Choose an earlier period or a later --on day.</translation>
    </message>
    <message>
        <source>No contract with posts in %1 ran in %2 (%3 to %4): there is nothing to report.</source>
        <translation>No contract with posts in %1 ran in %2 (%3 to %4): there is nothing to report.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures %1: the period is still running.</source>
        <translation>Figures %1: the period is still running.</translation>
    </message>
    <message>
        <source>Service report to the purchaser</source>
        <translation>Service report to the purchaser</translation>
    </message>
    <message>
        <source>One Street, One Social Worker — government-purchased service</source>
        <translation>One Street, One Social Worker — government-purchased service</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Purchaser</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s): %1</source>
        <translation>
            <numerusform>%n contract(s): %1</numerusform>
            <numerusform>%n contract(s): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Covers</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n post(s)</source>
        <translation>
            <numerusform>%1 · %n post(s)</numerusform>
            <numerusform>%1 · %n post(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>; inside the contract&apos;s term %1</source>
        <translation>; inside the contract&apos;s term %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Figures as of</translation>
    </message>
    <message>
        <source>%1 (the period is still running: %2)</source>
        <translation>%1 (the period is still running: %2)</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Prepared on</translation>
    </message>
    <message>
        <source>Attendance rule: %1.</source>
        <translation>Attendance rule: %1.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Agency (seal)</source>
        <translation>Agency (seal)</translation>
    </message>
    <message>
        <source>Person in charge (signature)</source>
        <translation>Person in charge (signature)</translation>
    </message>
    <message>
        <source>Purchaser&apos;s review</source>
        <translation>Purchaser&apos;s review</translation>
    </message>
    <message>
        <source>Purchaser (seal)</source>
        <translation>Purchaser (seal)</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Key figures</source>
        <comment>sheet</comment>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>What it counts</translation>
    </message>
    <message>
        <source>Post-days in the contract&apos;s term</source>
        <translation>Post-days in the contract&apos;s term</translation>
    </message>
    <message>
        <source>calendar days × posts</source>
        <translation>calendar days × posts</translation>
    </message>
    <message>
        <source>Post-days filled</source>
        <translation>Post-days filled</translation>
    </message>
    <message>
        <source>days a placed worker held the post</source>
        <translation>days a placed worker held the post</translation>
    </message>
    <message>
        <source>Posts kept filled</source>
        <translation>Posts kept filled</translation>
    </message>
    <message>
        <source>post-days filled ÷ post-days</source>
        <translation>post-days filled ÷ post-days</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Vacancies</translation>
    </message>
    <message>
        <source>runs of days a post stood empty</source>
        <translation>runs of days a post stood empty</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Placements started</translation>
    </message>
    <message>
        <source>new placements in the period</source>
        <translation>new placements in the period</translation>
    </message>
    <message>
        <source>Placements ended</source>
        <translation>Placements ended</translation>
    </message>
    <message>
        <source>placements that ended in the period</source>
        <translation>placements that ended in the period</translation>
    </message>
    <message>
        <source>Handovers without a note</source>
        <translation>Handovers without a note</translation>
    </message>
    <message>
        <source>ended placements, no handover note</source>
        <translation>ended placements, no handover note</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>%1 ÷ (%2 − %3) days</source>
        <translation>%1 ÷ (%2 − %3) days</translation>
    </message>
    <message>
        <source>Days not recorded</source>
        <translation>Days not recorded</translation>
    </message>
    <message>
        <source>required days without attendance</source>
        <translation>required days without attendance</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>Activities held</translation>
    </message>
    <message>
        <source>held in the period</source>
        <translation>held in the period</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>people who took part, summed</source>
        <translation>people who took part, summed</translation>
    </message>
    <message>
        <source>Applications pending</source>
        <translation>Applications pending</translation>
    </message>
    <message>
        <source>waiting for review on the day counted</source>
        <translation>waiting for review on the day counted</translation>
    </message>
    <message>
        <source>Administrative share</source>
        <translation>Administrative share</translation>
    </message>
    <message>
        <source>administrative ÷ all hours logged</source>
        <translation>administrative ÷ all hours logged</translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation>Supervision sessions</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>sessions held</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <source>due and not done on the day counted</source>
        <translation>due and not done on the day counted</translation>
    </message>
    <message>
        <source>Exchange meetings</source>
        <translation>Exchange meetings</translation>
    </message>
    <message>
        <source>meetings held</source>
        <translation>meetings held</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>of the period&apos;s workers</source>
        <translation>of the period&apos;s workers</translation>
    </message>
    <message>
        <source>Funding received (yuan)</source>
        <translation>Funding received (yuan)</translation>
    </message>
    <message>
        <source>up to the day counted</source>
        <translation>up to the day counted</translation>
    </message>
    <message>
        <source>Overhead kept (yuan)</source>
        <translation>Overhead kept (yuan)</translation>
    </message>
    <message>
        <source>Paid to workers (yuan)</source>
        <translation>Paid to workers (yuan)</translation>
    </message>
    <message>
        <source>Funding left (yuan)</source>
        <translation>Funding left (yuan)</translation>
    </message>
    <message>
        <source>received − overhead − paid</source>
        <translation>received − overhead − paid</translation>
    </message>
    <message>
        <source>Average net monthly pay (yuan)</source>
        <translation>Average net monthly pay (yuan)</translation>
    </message>
    <message>
        <source>reference wage %1</source>
        <translation>reference wage %1</translation>
    </message>
    <message>
        <source>1. Posts and how well they were kept filled</source>
        <translation>1. Posts and how well they were kept filled</translation>
    </message>
    <message>
        <source>Posts</source>
        <comment>sheet</comment>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Post-days are calendar days: each post&apos;s days inside the contract&apos;s term and the period, up to %1; a day is filled when a placed worker holds the post.</source>
        <translation>Post-days are calendar days: each post&apos;s days inside the contract&apos;s term and the period, up to %1; a day is filled when a placed worker holds the post.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Post-days</source>
        <translation>Post-days</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Kept filled</source>
        <translation>Kept filled</translation>
    </message>
    <message>
        <source>Workers placed</source>
        <translation>Workers placed</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post(s)</numerusform>
            <numerusform>%n post(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>On the day counted</source>
        <translation>On the day counted</translation>
    </message>
    <message>
        <source>still vacant</source>
        <translation>still vacant</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>filled</translation>
    </message>
    <message>
        <source>No post stood empty.</source>
        <translation>No post stood empty.</translation>
    </message>
    <message>
        <source>Placements started and ended</source>
        <translation>Placements started and ended</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>End reason</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>Handover note</translation>
    </message>
    <message>
        <source>Started (first day of the contract)</source>
        <translation>Started (first day of the contract)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended (last day of the contract)</source>
        <translation>Ended (last day of the contract)</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No placement started or ended.</source>
        <translation>No placement started or ended.</translation>
    </message>
    <message>
        <source>Handovers: %1 with a note, %2 without.</source>
        <translation>Handovers: %1 with a note, %2 without.</translation>
    </message>
    <message>
        <source>2. Attendance</source>
        <translation>2. Attendance</translation>
    </message>
    <message>
        <source>Attendance</source>
        <comment>sheet</comment>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Required days are the working days of the calendar inside each placement; a required day without a record counts against.</source>
        <translation>Required days are the working days of the calendar inside each placement; a required day without a record counts against.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Attendance per street</source>
        <translation>Attendance per street</translation>
    </message>
    <message>
        <source>Attendance per month</source>
        <translation>Attendance per month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Counted to</source>
        <translation>Counted to</translation>
    </message>
    <message>
        <source>Days counted against (sick, personal leave, absence and days not recorded, as the rule says): %1.</source>
        <translation>Days counted against (sick, personal leave, absence and days not recorded, as the rule says): %1.</translation>
    </message>
    <message>
        <source>3. Activities held</source>
        <translation>3. Activities held</translation>
    </message>
    <message>
        <source>Activities</source>
        <comment>sheet</comment>
        <translation>Activities</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>By type</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>By target group</source>
        <translation>By target group</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>An activity for several target groups counts once in each of them.</source>
        <translation>An activity for several target groups counts once in each of them.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Submitted in the period</source>
        <translation>Submitted in the period</translation>
    </message>
    <message>
        <source>Approved in the period</source>
        <translation>Approved in the period</translation>
    </message>
    <message>
        <source>Rejected in the period</source>
        <translation>Rejected in the period</translation>
    </message>
    <message>
        <source>Waiting for review on %1</source>
        <translation>Waiting for review on %1</translation>
    </message>
    <message>
        <source>Activities per month</source>
        <translation>Activities per month</translation>
    </message>
    <message>
        <source>4. Professional and administrative work</source>
        <translation>4. Professional and administrative work</translation>
    </message>
    <message>
        <source>Workload</source>
        <comment>sheet</comment>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Hours from the work log, for the days each worker was placed at the street.</source>
        <translation>Hours from the work log, for the days each worker was placed at the street.</translation>
    </message>
    <message>
        <source>Professional (hours)</source>
        <translation>Professional (hours)</translation>
    </message>
    <message>
        <source>Administrative (hours)</source>
        <translation>Administrative (hours)</translation>
    </message>
    <message>
        <source>Outside any post</source>
        <translation>Outside any post</translation>
    </message>
    <message>
        <source>“Outside any post”: time logged on days the worker held no post; it counts in the total only.</source>
        <translation>“Outside any post”: time logged on days the worker held no post; it counts in the total only.</translation>
    </message>
    <message>
        <source>5. Supervision and exchange</source>
        <translation>5. Supervision and exchange</translation>
    </message>
    <message>
        <source>Supervision</source>
        <comment>sheet</comment>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Supervision sessions by form</source>
        <translation>Supervision sessions by form</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message numerus="yes">
        <source>Workers not supervised for %n day(s) or more on %1</source>
        <translation>
            <numerusform>Workers not supervised for %n day(s) or more on %1</numerusform>
            <numerusform>Workers not supervised for %n day(s) or more on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Last session</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>Every placed worker was supervised within %n day(s).</source>
        <translation>
            <numerusform>Every placed worker was supervised within %n day(s).</numerusform>
            <numerusform>Every placed worker was supervised within %n day(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The threshold is the Settings&apos; alert for unsupervised workers.</source>
        <translation>The threshold is the Settings&apos; alert for unsupervised workers.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Due in the period</source>
        <translation>Due in the period</translation>
    </message>
    <message>
        <source>Done in the period</source>
        <translation>Done in the period</translation>
    </message>
    <message>
        <source>Overdue on %1</source>
        <translation>Overdue on %1</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>(the group)</source>
        <translation>(the group)</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>No follow-up is overdue.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Of them, from these posts</source>
        <translation>Of them, from these posts</translation>
    </message>
    <message>
        <source>No exchange meeting in the period.</source>
        <translation>No exchange meeting in the period.</translation>
    </message>
    <message>
        <source>6. Evaluations</source>
        <translation>6. Evaluations</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <comment>sheet</comment>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>The evaluations of the periods inside %1, of the workers placed in these posts.</source>
        <translation>The evaluations of the periods inside %1, of the workers placed in these posts.</translation>
    </message>
    <message>
        <source>Evaluation period</source>
        <translation>Evaluation period</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Interim</source>
        <translation>Interim</translation>
    </message>
    <message>
        <source>No evaluation of this period yet.</source>
        <translation>No evaluation of this period yet.</translation>
    </message>
    <message>
        <source>7. Funding and pay</source>
        <translation>7. Funding and pay</translation>
    </message>
    <message>
        <source>Funding</source>
        <comment>sheet</comment>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Funding up to %1</source>
        <translation>Funding up to %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Overhead kept</source>
        <translation>Overhead kept</translation>
    </message>
    <message>
        <source>Paid to workers</source>
        <translation>Paid to workers</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Yuan. Left = received − overhead − paid.</source>
        <translation>Yuan. Left = received − overhead − paid.</translation>
    </message>
    <message>
        <source>Funding in the period (%1)</source>
        <translation>Funding in the period (%1)</translation>
    </message>
    <message>
        <source>Net monthly pay beside the reference wage (%1 yuan)</source>
        <translation>Net monthly pay beside the reference wage (%1 yuan)</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>Months paid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Monthly average</source>
        <translation>Monthly average</translation>
    </message>
    <message>
        <source>Lowest month</source>
        <translation>Lowest month</translation>
    </message>
    <message>
        <source>Months below the reference</source>
        <translation>Months below the reference</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>All workers</translation>
    </message>
    <message>
        <source>No pay recorded for the months of the period.</source>
        <translation>No pay recorded for the months of the period.</translation>
    </message>
</context>
<context>
    <name>core::PurchaserRepository</name>
    <message>
        <source>There is no purchaser with number %1.</source>
        <translation>There is no purchaser with number %1.</translation>
    </message>
    <message>
        <source>A purchaser needs a name, e.g. the district civil-affairs bureau.</source>
        <translation>A purchaser needs a name, e.g. the district civil-affairs bureau.</translation>
    </message>
    <message>
        <source>There is already a purchaser named “%1”. Choose another name.</source>
        <translation>There is already a purchaser named “%1”. Choose another name.</translation>
    </message>
    <message numerus="yes">
        <source>Purchaser “%1” has %n contract(s) and cannot be removed.</source>
        <translation>
            <numerusform>Purchaser “%1” has %n contract(s) and cannot be removed.</numerusform>
            <numerusform>Purchaser “%1” has %n contract(s) and cannot be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::Renewal</name>
    <message>
        <source>Contract “%1” has already been renewed as “%2”.</source>
        <translation>Contract “%1” has already been renewed as “%2”.</translation>
    </message>
    <message>
        <source>Contract “%1” was terminated; it cannot be renewed.</source>
        <translation>Contract “%1” was terminated; it cannot be renewed.</translation>
    </message>
    <message>
        <source>Renews %1.</source>
        <translation>Renews %1.</translation>
    </message>
    <message>
        <source>The renewal has no post at %1 for %2.</source>
        <translation>The renewal has no post at %1 for %2.</translation>
    </message>
    <message>
        <source>%1 cannot be placed at %2 in the renewal: %3</source>
        <translation>%1 cannot be placed at %2 in the renewal: %3</translation>
    </message>
</context>
<context>
    <name>core::Reports</name>
    <message>
        <source>d MMM</source>
        <comment>date format</comment>
        <extracomment>A day and month, as a QDate format: &quot;1 Dec&quot;, &quot;12月1日&quot;.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
</context>
<context>
    <name>core::RubricRepository</name>
    <message>
        <source>The template needs a name.</source>
        <translation>The template needs a name.</translation>
    </message>
    <message>
        <source>The template “%1” has no items; add at least one.</source>
        <translation>The template “%1” has no items; add at least one.</translation>
    </message>
    <message>
        <source>Item %1 of the template has no (Chinese) name; name it.</source>
        <translation>Item %1 of the template has no (Chinese) name; name it.</translation>
    </message>
    <message>
        <source>The weight of “%1” is %2; a weight lies between 0 and 100.</source>
        <translation>The weight of “%1” is %2; a weight lies between 0 and 100.</translation>
    </message>
    <message>
        <source>“%1” is scored against a monthly target; set a target above zero.</source>
        <translation>“%1” is scored against a monthly target; set a target above zero.</translation>
    </message>
    <message>
        <source>The target of “%1” cannot be negative.</source>
        <translation>The target of “%1” cannot be negative.</translation>
    </message>
    <message>
        <source>The weights add up to %1; they must add up to 100.</source>
        <translation>The weights add up to %1; they must add up to 100.</translation>
    </message>
    <message>
        <source>There is no rubric template with the number %1.</source>
        <translation>There is no rubric template with the number %1.</translation>
    </message>
    <message>
        <source>There is no rubric template; add one in Settings.</source>
        <translation>There is no rubric template; add one in Settings.</translation>
    </message>
    <message>
        <source>A template named “%1” exists already; choose another name.</source>
        <translation>A template named “%1” exists already; choose another name.</translation>
    </message>
    <message>
        <source>This is the default template; make another template the default before removing it.</source>
        <translation>This is the default template; make another template the default before removing it.</translation>
    </message>
</context>
<context>
    <name>core::Settings</name>
    <message>
        <source>Give the agency&apos;s name; it is printed on evaluation sheets.</source>
        <translation>Give the agency&apos;s name; it is printed on evaluation sheets.</translation>
    </message>
    <message>
        <source>The default overhead rate must lie between 0% and 100%.</source>
        <translation>The default overhead rate must lie between 0% and 100%.</translation>
    </message>
    <message>
        <source>The default fixed overhead per post cannot be negative.</source>
        <translation>The default fixed overhead per post cannot be negative.</translation>
    </message>
    <message>
        <source>Alert periods are numbers of days and cannot be negative.</source>
        <translation>Alert periods are numbers of days and cannot be negative.</translation>
    </message>
    <message>
        <source>Give the start and end of the working day as times, e.g. 09:00 and 17:30.</source>
        <translation>Give the start and end of the working day as times, e.g. 09:00 and 17:30.</translation>
    </message>
    <message>
        <source>The working day must start (%1) before it ends (%2).</source>
        <translation>The working day must start (%1) before it ends (%2).</translation>
    </message>
    <message>
        <source>The reference wage cannot be negative.</source>
        <translation>The reference wage cannot be negative.</translation>
    </message>
    <message>
        <source>Grade thresholds are scores between 0 and 100.</source>
        <translation>Grade thresholds are scores between 0 and 100.</translation>
    </message>
    <message>
        <source>Grade thresholds must go down in order: excellent (%1) above good (%2) above pass (%3).</source>
        <translation>Grade thresholds must go down in order: excellent (%1) above good (%2) above pass (%3).</translation>
    </message>
    <message>
        <source>The number of backup copies to keep cannot be negative.</source>
        <translation>The number of backup copies to keep cannot be negative.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: choose Chinese, English or the system&apos;s language.</source>
        <translation>Unknown language “%1”: choose Chinese, English or the system&apos;s language.</translation>
    </message>
    <message>
        <source>The shortest placement evaluated is a number of working days from 0 to 366.</source>
        <translation>The shortest placement evaluated is a number of working days from 0 to 366.</translation>
    </message>
</context>
<context>
    <name>core::StorageCopy</name>
    <message>
        <source>One side of a copy must be a OneStreet file.</source>
        <translation>One side of a copy must be a OneStreet file.</translation>
    </message>
    <message>
        <source>The two databases have different formats (%1 and %2): open both with this program first.</source>
        <translation>The two databases have different formats (%1 and %2): open both with this program first.</translation>
    </message>
    <message>
        <source>The copy of table %1 holds %2 rows, the original %3. Nothing was copied.</source>
        <translation>The copy of table %1 holds %2 rows, the original %3. Nothing was copied.</translation>
    </message>
</context>
<context>
    <name>core::SupervisionRepository</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Supervision session %1 does not exist; it may have been removed. Refresh the list.</source>
        <translation>Supervision session %1 does not exist; it may have been removed. Refresh the list.</translation>
    </message>
    <message>
        <source>Choose the supervisor who held the session.</source>
        <translation>Choose the supervisor who held the session.</translation>
    </message>
    <message>
        <source>Enter the date of the supervision session.</source>
        <translation>Enter the date of the supervision session.</translation>
    </message>
    <message>
        <source>Enter how long the session lasted, in minutes (more than 0, at most a day).</source>
        <translation>Enter how long the session lasted, in minutes (more than 0, at most a day).</translation>
    </message>
    <message>
        <source>Choose at least one social worker who attended the session.</source>
        <translation>Choose at least one social worker who attended the session.</translation>
    </message>
    <message>
        <source>An individual session is with one worker; %1 are chosen. Choose one worker, or the group form.</source>
        <translation>An individual session is with one worker; %1 are chosen. Choose one worker, or the group form.</translation>
    </message>
    <message>
        <source>Social worker %1 does not exist; choose the attendees again.</source>
        <translation>Social worker %1 does not exist; choose the attendees again.</translation>
    </message>
    <message>
        <source>%1 follow-up(s) of this session are due or done before %2. Change their dates first, or keep the session&apos;s date.</source>
        <translation>%1 follow-up(s) of this session are due or done before %2. Change their dates first, or keep the session&apos;s date.</translation>
    </message>
    <message>
        <source>These workers still have follow-ups from this session: %1. Reassign or remove those follow-ups before taking the workers off the attendees.</source>
        <translation>These workers still have follow-ups from this session: %1. Reassign or remove those follow-ups before taking the workers off the attendees.</translation>
    </message>
    <message>
        <source>Enter what is to be done (the follow-up&apos;s action).</source>
        <translation>Enter what is to be done (the follow-up&apos;s action).</translation>
    </message>
    <message>
        <source>Enter the date the follow-up “%1” is due.</source>
        <translation>Enter the date the follow-up “%1” is due.</translation>
    </message>
    <message>
        <source>The follow-up “%1” cannot be due (%2) before its session was held (%3).</source>
        <translation>The follow-up “%1” cannot be due (%2) before its session was held (%3).</translation>
    </message>
    <message>
        <source>The follow-up “%1” cannot be done (%2) before its session was held (%3).</source>
        <translation>The follow-up “%1” cannot be done (%2) before its session was held (%3).</translation>
    </message>
    <message>
        <source>The follow-up “%1” is for a worker who did not attend the session. Choose one of its attendees, or none for the whole group.</source>
        <translation>The follow-up “%1” is for a worker who did not attend the session. Choose one of its attendees, or none for the whole group.</translation>
    </message>
    <message>
        <source>A follow-up stays with the session it was agreed in; add a new one to the other session instead.</source>
        <translation>A follow-up stays with the session it was agreed in; add a new one to the other session instead.</translation>
    </message>
    <message>
        <source>Enter the date the follow-up “%1” was done.</source>
        <translation>Enter the date the follow-up “%1” was done.</translation>
    </message>
    <message>
        <source>The follow-up “%1” was already done on %2. Edit it to change that date.</source>
        <translation>The follow-up “%1” was already done on %2. Edit it to change that date.</translation>
    </message>
    <message>
        <source>Follow-up %1 does not exist; it may have been removed. Refresh the list.</source>
        <translation>Follow-up %1 does not exist; it may have been removed. Refresh the list.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
</context>
<context>
    <name>core::SupervisorRepository</name>
    <message>
        <source>There is no supervisor with number %1.</source>
        <translation>There is no supervisor with number %1.</translation>
    </message>
    <message>
        <source>A supervisor needs a name.</source>
        <translation>A supervisor needs a name.</translation>
    </message>
    <message>
        <source>There is already a supervisor named “%1”. Add something to tell them apart.</source>
        <translation>There is already a supervisor named “%1”. Add something to tell them apart.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has held %n supervision session(s) and cannot be removed.</source>
        <translation>
            <numerusform>%1 has held %n supervision session(s) and cannot be removed.</numerusform>
            <numerusform>%1 has held %n supervision session(s) and cannot be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is named in %n evaluation(s) and cannot be removed.</source>
        <translation>
            <numerusform>%1 is named in %n evaluation(s) and cannot be removed.</numerusform>
            <numerusform>%1 is named in %n evaluation(s) and cannot be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::WorkLogRepository</name>
    <message>
        <source>Work log entry #%1 does not exist (it may have been removed).</source>
        <translation>Work log entry #%1 does not exist (it may have been removed).</translation>
    </message>
    <message>
        <source>Enter the day of the work log entry.</source>
        <translation>Enter the day of the work log entry.</translation>
    </message>
    <message>
        <source>The time spent must be more than 0 and at most 24 hours (you entered %1 minutes).</source>
        <translation>The time spent must be more than 0 and at most 24 hours (you entered %1 minutes).</translation>
    </message>
    <message>
        <source>Choose the social worker (worker #%1 does not exist).</source>
        <translation>Choose the social worker (worker #%1 does not exist).</translation>
    </message>
    <message>
        <source>%1 already has %2 hours logged on %3; another %4 would pass 24 hours in a day. Check the times, or correct the other entries of that day.</source>
        <translation>%1 already has %2 hours logged on %3; another %4 would pass 24 hours in a day. Check the times, or correct the other entries of that day.</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>Choose a month.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>core::WorkerRepository</name>
    <message>
        <source>Social worker #%1 does not exist (it may have been removed).</source>
        <translation>Social worker #%1 does not exist (it may have been removed).</translation>
    </message>
    <message>
        <source>The ID number “%1” has %2 characters; a resident ID number has 18. Check it against the ID card.</source>
        <translation>The ID number “%1” has %2 characters; a resident ID number has 18. Check it against the ID card.</translation>
    </message>
    <message>
        <source>The ID number “%1” must begin with 17 digits (then a digit or X). Check it against the ID card.</source>
        <translation>The ID number “%1” must begin with 17 digits (then a digit or X). Check it against the ID card.</translation>
    </message>
    <message>
        <source>The ID number “%1” must end with a digit or X. Check it against the ID card.</source>
        <translation>The ID number “%1” must end with a digit or X. Check it against the ID card.</translation>
    </message>
    <message>
        <source>The ID number “%1” holds no valid birth date (digits 7–14 should read yyyyMMdd). Check it against the ID card.</source>
        <translation>The ID number “%1” holds no valid birth date (digits 7–14 should read yyyyMMdd). Check it against the ID card.</translation>
    </message>
    <message>
        <source>The ID number “%1” is not valid: its last character should be %2 for the digits before it. One of the digits is probably mistyped; check it against the ID card.</source>
        <translation>The ID number “%1” is not valid: its last character should be %2 for the digits before it. One of the digits is probably mistyped; check it against the ID card.</translation>
    </message>
    <message>
        <source>Enter the social worker&apos;s name.</source>
        <translation>Enter the social worker&apos;s name.</translation>
    </message>
    <message>
        <source>The leaving date (%1) is before the hiring date (%2). Correct one of them.</source>
        <translation>The leaving date (%1) is before the hiring date (%2). Correct one of them.</translation>
    </message>
    <message>
        <source>The staff number %1 is already used by %2. Give each worker a different number, or leave it empty.</source>
        <translation>The staff number %1 is already used by %2. Give each worker a different number, or leave it empty.</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>placements</translation>
    </message>
    <message>
        <source>attendance records</source>
        <translation>attendance records</translation>
    </message>
    <message>
        <source>work log entries</source>
        <translation>work log entries</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>pay entries</source>
        <translation>pay entries</translation>
    </message>
    <message>
        <source>supervision sessions</source>
        <translation>supervision sessions</translation>
    </message>
    <message>
        <source>supervision follow-ups</source>
        <translation>supervision follow-ups</translation>
    </message>
    <message>
        <source>exchange meetings</source>
        <translation>exchange meetings</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>evaluations</translation>
    </message>
    <message>
        <source>%1 cannot be removed: records refer to this worker (%2). Keep the worker and enter a leaving date instead, or remove those records first.</source>
        <translation>%1 cannot be removed: records refer to this worker (%2). Keep the worker and enter a leaving date instead, or remove those records first.</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Current street</source>
        <translation>Current street</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Hired</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>core::io</name>
    <message>
        <source>Cannot create the backup folder “%1”. Check that the disk is writable.</source>
        <translation>Cannot create the backup folder “%1”. Check that the disk is writable.</translation>
    </message>
    <message>
        <source>This database is not a file; say where its backups go.</source>
        <translation>This database is not a file; say where its backups go.</translation>
    </message>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation>The backup “%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is not a OneStreet database. Pick a file from the backups folder.</source>
        <translation>“%1” is not a OneStreet database. Pick a file from the backups folder.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of OneStreet. Update the program, then restore it.</source>
        <translation>“%1” was made by a newer version of OneStreet. Update the program, then restore it.</translation>
    </message>
    <message>
        <source>“%1” is damaged. Pick an older backup.</source>
        <translation>“%1” is damaged. Pick an older backup.</translation>
    </message>
    <message>
        <source>That backup is the current file itself.</source>
        <translation>That backup is the current file itself.</translation>
    </message>
    <message>
        <source>Cannot copy “%1” next to “%2”. Is the disk full?</source>
        <translation>Cannot copy “%1” next to “%2”. Is the disk full?</translation>
    </message>
    <message>
        <source>Cannot back up “%1” before restoring, so nothing was changed.</source>
        <translation>Cannot back up “%1” before restoring, so nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”. Close other programs using it; your data is safe in “%2”.</source>
        <translation>Cannot replace “%1”. Close other programs using it; your data is safe in “%2”.</translation>
    </message>
</context>
<context>
    <name>core::io::AttendanceGrid</name>
    <message>
        <source>day %1</source>
        <translation>day %1</translation>
    </message>
    <message>
        <source>sheet “%1”, %2</source>
        <translation>sheet “%1”, %2</translation>
    </message>
    <message>
        <source>Sheet “%1”: </source>
        <translation>Sheet “%1”: </translation>
    </message>
    <message>
        <source>--month</source>
        <translation>--month</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>the title</translation>
    </message>
    <message>
        <source>the dates in the header</source>
        <translation>the dates in the header</translation>
    </message>
    <message>
        <source>the sheet&apos;s name</source>
        <translation>the sheet&apos;s name</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>the header</translation>
    </message>
    <message>
        <source>This is a monthly attendance grid, but neither its title nor its sheet name says which month (write e.g. 2026年11月 in the title). Give the month with --month yyyy-MM.</source>
        <translation>This is a monthly attendance grid, but neither its title nor its sheet name says which month (write e.g. 2026年11月 in the title). Give the month with --month yyyy-MM.</translation>
    </message>
    <message>
        <source>%1 has no day %2, but the cell holds “%3”.</source>
        <translation>%1 has no day %2, but the cell holds “%3”.</translation>
    </message>
    <message>
        <source>Row %1, day %2: the mark “%3” is not in the legend (%4).</source>
        <translation>Row %1, day %2: the mark “%3” is not in the legend (%4).</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>sheet “%1”</translation>
    </message>
    <message>
        <source>Warning: not recorded on working day(s) %1 of the placement; left without a record.</source>
        <translation>Warning: not recorded on working day(s) %1 of the placement; left without a record.</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 %2 attendance sheet (%3)</source>
        <translation>%1 %2 attendance sheet (%3)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>Checked by:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Cannot write “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>core::io::Exporter</name>
    <message>
        <source>Cannot write “%1”: %2. Check the folder exists and is writable, and that the file is not open in another program.</source>
        <translation>Cannot write “%1”: %2. Check the folder exists and is writable, and that the file is not open in another program.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>the disk may be full</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>the file cannot be created</translation>
    </message>
    <message>
        <source>the file cannot be replaced</source>
        <translation>the file cannot be replaced</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>End reason</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Hired on</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Purchaser</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Funding per post (yuan)</source>
        <translation>Funding per post (yuan)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
</context>
<context>
    <name>core::io::Importer</name>
    <message>
        <source>worker (姓名 or 工号)</source>
        <translation>worker (姓名 or 工号)</translation>
    </message>
    <message>
        <source>date (日期)</source>
        <translation>date (日期)</translation>
    </message>
    <message>
        <source>status (状态) or sign-in/sign-out times (签到/签退)</source>
        <translation>status (状态) or sign-in/sign-out times (签到/签退)</translation>
    </message>
    <message>
        <source>hours (工时) or minutes (分钟)</source>
        <translation>hours (工时) or minutes (分钟)</translation>
    </message>
    <message>
        <source>category (类别)</source>
        <translation>category (类别)</translation>
    </message>
    <message>
        <source>The first row of the file must name its columns; these are missing: %1. The file&apos;s headings are: %2.</source>
        <translation>The first row of the file must name its columns; these are missing: %1. The file&apos;s headings are: %2.</translation>
    </message>
    <message>
        <source>No worker has the code “%1”. Check the code or add the worker first.</source>
        <translation>No worker has the code “%1”. Check the code or add the worker first.</translation>
    </message>
    <message>
        <source>%1 workers are called “%2”. Add a 工号 (code) column to say which one.</source>
        <translation>%1 workers are called “%2”. Add a 工号 (code) column to say which one.</translation>
    </message>
    <message>
        <source>No worker is called “%1”. Check the spelling or add the worker first.</source>
        <translation>No worker is called “%1”. Check the spelling or add the worker first.</translation>
    </message>
    <message>
        <source>The worker is missing.</source>
        <translation>The worker is missing.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>The date is missing.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as 2026-03-05.</source>
        <translation>“%1” is not a date. Write it as 2026-03-05.</translation>
    </message>
    <message>
        <source>The worker was not placed in a post on %1. Check the date or the worker&apos;s placements.</source>
        <translation>The worker was not placed in a post on %1. Check the date or the worker&apos;s placements.</translation>
    </message>
    <message>
        <source>Row %1 already has this worker on this day.</source>
        <translation>Row %1 already has this worker on this day.</translation>
    </message>
    <message>
        <source>Row %1 already has this worker, day, category and note.</source>
        <translation>Row %1 already has this worker, day, category and note.</translation>
    </message>
    <message>
        <source>status “%1” (the file says “%2”)</source>
        <translation>status “%1” (the file says “%2”)</translation>
    </message>
    <message>
        <source>sign-in %1 (the file says %2)</source>
        <translation>sign-in %1 (the file says %2)</translation>
    </message>
    <message>
        <source>sign-out %1 (the file says %2)</source>
        <translation>sign-out %1 (the file says %2)</translation>
    </message>
    <message>
        <source>note “%1” (the file says “%2”)</source>
        <translation>note “%1” (the file says “%2”)</translation>
    </message>
    <message>
        <source>%1 minutes (the file says %2)</source>
        <translation>%1 minutes (the file says %2)</translation>
    </message>
    <message>
        <source>Already stored with %1. The stored value is kept; correct it in the program if the file is right.</source>
        <translation>Already stored with %1. The stored value is kept; correct it in the program if the file is right.</translation>
    </message>
    <message>
        <source>“%1” is not a time. Write it as 09:05.</source>
        <translation>“%1” is not a time. Write it as 09:05.</translation>
    </message>
    <message>
        <source>“%1” is not a time. Write it as 17:30.</source>
        <translation>“%1” is not a time. Write it as 17:30.</translation>
    </message>
    <message>
        <source>“%1” is not an attendance status. Use 出勤, 迟到, 早退, 旷工, 病假, 事假, 年假 or 公出.</source>
        <translation>“%1” is not an attendance status. Use 出勤, 迟到, 早退, 旷工, 病假, 事假, 年假 or 公出.</translation>
    </message>
    <message>
        <source>The status is missing and there are no sign-in/sign-out times to tell it from.</source>
        <translation>The status is missing and there are no sign-in/sign-out times to tell it from.</translation>
    </message>
    <message>
        <source>The category is missing.</source>
        <translation>The category is missing.</translation>
    </message>
    <message>
        <source>“%1” is not a work category. Use 个案, 小组, 社区活动, 资源链接, 行政事务, 会议 or 统计报表.</source>
        <translation>“%1” is not a work category. Use 个案, 小组, 社区活动, 资源链接, 行政事务, 会议 or 统计报表.</translation>
    </message>
    <message>
        <source>The time spent is missing.</source>
        <translation>The time spent is missing.</translation>
    </message>
    <message>
        <source>“%1” is not a length of time. Write hours as 1.5 or minutes as 90.</source>
        <translation>“%1” is not a length of time. Write hours as 1.5 or minutes as 90.</translation>
    </message>
    <message>
        <source>%1 is more than a day.</source>
        <translation>%1 is more than a day.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>There is nothing to import.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct the file, or skip the bad rows.</source>
        <translation>
            <numerusform>Nothing was imported: %n row(s) have problems. Correct the file, or skip the bad rows.</numerusform>
            <numerusform>Nothing was imported: %n row(s) have problems. Correct the file, or skip the bad rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>its own legend</source>
        <translation>its own legend</translation>
    </message>
    <message>
        <source>the legend in Settings</source>
        <translation>the legend in Settings</translation>
    </message>
    <message numerus="yes">
        <source>Monthly grid, %1 (from %2): %n worker(s), %3.</source>
        <translation>
            <numerusform>Monthly grid, %1 (from %2): %n worker(s), %3.</numerusform>
            <numerusform>Monthly grid, %1 (from %2): %n worker(s), %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet “%1”: monthly grid, %2 (from %3): %n worker(s), %4.</source>
        <translation>
            <numerusform>Sheet “%1”: monthly grid, %2 (from %3): %n worker(s), %4.</numerusform>
            <numerusform>Sheet “%1”: monthly grid, %2 (from %3): %n worker(s), %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>the worker</source>
        <translation>the worker</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>the date</translation>
    </message>
    <message>
        <source>no post on the day</source>
        <translation>no post on the day</translation>
    </message>
    <message>
        <source>sign-in/sign-out times</source>
        <translation>sign-in/sign-out times</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>the status</translation>
    </message>
    <message>
        <source>the category</source>
        <translation>the category</translation>
    </message>
    <message>
        <source>the time spent</source>
        <translation>the time spent</translation>
    </message>
    <message>
        <source>rows twice in the file</source>
        <translation>rows twice in the file</translation>
    </message>
    <message>
        <source>conflicts with stored records</source>
        <translation>conflicts with stored records</translation>
    </message>
    <message>
        <source>Problems with %1: %2 in all; the first %3 are listed.</source>
        <translation>Problems with %1: %2 in all; the first %3 are listed.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: another import wrote %n of these rows with other values since the preview. Preview the file again.</source>
        <translation>
            <numerusform>Nothing was imported: another import wrote %n of these rows with other values since the preview. Preview the file again.</numerusform>
            <numerusform>Nothing was imported: another import wrote %n of these rows with other values since the preview. Preview the file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>days that are not working days</source>
        <translation>days that are not working days</translation>
    </message>
</context>
<context>
    <name>core::io::ReportWorkbook</name>
    <message>
        <source>Cover</source>
        <comment>sheet</comment>
        <translation>Cover</translation>
    </message>
</context>
<context>
    <name>core::io::TableReader</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Cannot read “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is an old Excel file (.xls). Save it as .xlsx or CSV and import that.</source>
        <translation>“%1” is an old Excel file (.xls). Save it as .xlsx or CSV and import that.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 and this program cannot read GB18030. Save the file as “CSV UTF-8” and import it again.</source>
        <translation>The file is not UTF-8 and this program cannot read GB18030. Save the file as “CSV UTF-8” and import it again.</translation>
    </message>
    <message>
        <source>The file&apos;s text is neither UTF-8 nor GB18030. Save it as “CSV UTF-8” and import it again.</source>
        <translation>The file&apos;s text is neither UTF-8 nor GB18030. Save it as “CSV UTF-8” and import it again.</translation>
    </message>
    <message>
        <source>The file cannot be read again from its start.</source>
        <translation>The file cannot be read again from its start.</translation>
    </message>
    <message>
        <source>The workbook</source>
        <translation>The workbook</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX workbook. Open it in Excel or WPS, save it again as .xlsx (or CSV) and import that.</source>
        <translation>%1 is not a readable XLSX workbook. Open it in Excel or WPS, save it again as .xlsx (or CSV) and import that.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2. A sheet of attendance or work-log rows is far smaller; the file may be damaged or made to exhaust the computer. Save the sheet alone as a new .xlsx or as CSV and import that.</source>
        <translation>%1 was not imported: %2. A sheet of attendance or work-log rows is far smaller; the file may be damaged or made to exhaust the computer. Save the sheet alone as a new .xlsx or as CSV and import that.</translation>
    </message>
    <message>
        <source>its part %1 unpacks to %2 MB, more than the %3 MB allowed</source>
        <translation>its part %1 unpacks to %2 MB, more than the %3 MB allowed</translation>
    </message>
    <message>
        <source>its parts unpack to more than the %1 MB allowed in all</source>
        <translation>its parts unpack to more than the %1 MB allowed in all</translation>
    </message>
    <message>
        <source>its part %1 unpacks to more than the %2 MB allowed</source>
        <translation>its part %1 unpacks to more than the %2 MB allowed</translation>
    </message>
    <message>
        <source>row %1 has a cell of more than %2 characters</source>
        <translation>row %1 has a cell of more than %2 characters</translation>
    </message>
    <message>
        <source>it has more than %1 shared strings</source>
        <translation>it has more than %1 shared strings</translation>
    </message>
    <message>
        <source>its shared strings hold more than %1 million characters</source>
        <translation>its shared strings hold more than %1 million characters</translation>
    </message>
    <message>
        <source>its sheet has more than %1 cells</source>
        <translation>its sheet has more than %1 cells</translation>
    </message>
    <message>
        <source>row %1 has a cell beyond column %2</source>
        <translation>row %1 has a cell beyond column %2</translation>
    </message>
</context>
<context>
    <name>core::io::XlsxWorkbook</name>
    <message>
        <source>Sheet %1</source>
        <translation>Sheet %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Check the folder exists and is writable, and that the file is not open in another program.</source>
        <translation>Cannot write “%1”: %2. Check the folder exists and is writable, and that the file is not open in another program.</translation>
    </message>
    <message>
        <source>A workbook needs at least one sheet.</source>
        <translation>A workbook needs at least one sheet.</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>the file cannot be created</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>the disk may be full</translation>
    </message>
    <message>
        <source>the file cannot be replaced</source>
        <translation>the file cannot be replaced</translation>
    </message>
    <message>
        <source>“%1” is not a readable XLSX workbook.</source>
        <translation>“%1” is not a readable XLSX workbook.</translation>
    </message>
</context>
<context>
    <name>ui::ActivitiesPage</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Selected activity</source>
        <translation>Selected activity</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>the activity “%1” planned for %2</source>
        <translation>the activity “%1” planned for %2</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Remove activity</translation>
    </message>
    <message>
        <source>Remove the draft “%1”? It has not been submitted, so nothing else refers to it.</source>
        <translation>Remove the draft “%1”? It has not been submitted, so nothing else refers to it.</translation>
    </message>
    <message>
        <source>Select an activity to see its plan, review and outcome.</source>
        <translation>Select an activity to see its plan, review and outcome.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Expected participants</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Rejected on</source>
        <translation>Rejected on</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>%1 (expected %2)</source>
        <translation>%1 (expected %2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Cancelled on</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>ui::ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Social &amp;worker</source>
        <translation>Social &amp;worker</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>S&amp;treet</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Target &amp;groups</source>
        <translation>Target &amp;groups</translation>
    </message>
    <message>
        <source>&amp;Planned for</source>
        <translation>&amp;Planned for</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <source>&amp;Budget (yuan)</source>
        <translation>&amp;Budget (yuan)</translation>
    </message>
    <message>
        <source>&amp;Expected participants</source>
        <translation>&amp;Expected participants</translation>
    </message>
    <message>
        <source>Enter the activity&apos;s title.</source>
        <translation>Enter the activity&apos;s title.</translation>
    </message>
    <message>
        <source>There is no social worker yet. Add one on the Social workers page first.</source>
        <translation>There is no social worker yet. Add one on the Social workers page first.</translation>
    </message>
    <message>
        <source>There is no street yet. Add the street on the Streets &amp; posts page first.</source>
        <translation>There is no street yet. Add the street on the Streets &amp; posts page first.</translation>
    </message>
    <message>
        <source>Tick at least one target group (e.g. elderly, youth, all residents).</source>
        <translation>Tick at least one target group (e.g. elderly, youth, all residents).</translation>
    </message>
    <message>
        <source>The budget “%1” is not an amount of yuan. Enter e.g. 1500 or 1,500.00.</source>
        <translation>The budget “%1” is not an amount of yuan. Enter e.g. 1500 or 1,500.00.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>The budget cannot be negative.</translation>
    </message>
</context>
<context>
    <name>ui::ActivityStepDialog</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>&amp;Submitted on</source>
        <translation>&amp;Submitted on</translation>
    </message>
    <message>
        <source>the reviewing department or person</source>
        <translation>the reviewing department or person</translation>
    </message>
    <message>
        <source>Why is the plan rejected? What should be improved?</source>
        <translation>Why is the plan rejected? What should be improved?</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>&amp;Reviewer</translation>
    </message>
    <message>
        <source>&amp;Approved on</source>
        <translation>&amp;Approved on</translation>
    </message>
    <message>
        <source>&amp;Rejected on</source>
        <translation>&amp;Rejected on</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>What happened, what went well, what to do differently</source>
        <translation>What happened, what went well, what to do differently</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Held on</translation>
    </message>
    <message>
        <source>Actual &amp;participants</source>
        <translation>Actual &amp;participants</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>&amp;Cancelled on</source>
        <translation>&amp;Cancelled on</translation>
    </message>
    <message>
        <source>Enter who reviewed the activity (the department or person).</source>
        <translation>Enter who reviewed the activity (the department or person).</translation>
    </message>
    <message>
        <source>Say why the activity is rejected, so that the worker can improve the plan.</source>
        <translation>Say why the activity is rejected, so that the worker can improve the plan.</translation>
    </message>
    <message>
        <source>The review cannot be before the activity was submitted (%1).</source>
        <translation>The review cannot be before the activity was submitted (%1).</translation>
    </message>
    <message>
        <source>The activity cannot have been held before it was approved (%1).</source>
        <translation>The activity cannot have been held before it was approved (%1).</translation>
    </message>
    <message>
        <source>This step is done elsewhere, not in this dialog.</source>
        <translation>This step is done elsewhere, not in this dialog.</translation>
    </message>
</context>
<context>
    <name>ui::AttendanceGridModel</name>
    <message>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Not placed on this day</source>
        <translation>Not placed on this day</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation>Signed in %1</translation>
    </message>
    <message>
        <source>Signed out %1</source>
        <translation>Signed out %1</translation>
    </message>
    <message>
        <source>Not recorded: type a letter (P, L, E, A, S, C, N, B) or right-click</source>
        <translation>Not recorded: type a letter (P, L, E, A, S, C, N, B) or right-click</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Pres.</source>
        <translation>Pres.</translation>
    </message>
    <message>
        <source>Abs.</source>
        <translation>Abs.</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>Req.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Required working days during the placement</source>
        <translation>Required working days during the placement</translation>
    </message>
    <message>
        <source>After %1: not counted in the totals yet</source>
        <translation>After %1: not counted in the totals yet</translation>
    </message>
    <message>
        <source>Exc.</source>
        <translation>Exc.</translation>
    </message>
    <message>
        <source>Days attended on required days: %1</source>
        <translation>Days attended on required days: %1</translation>
    </message>
    <message>
        <source>Days excused, not required: %1</source>
        <translation>Days excused, not required: %1</translation>
    </message>
    <message>
        <source>Days counted against on required days: %1</source>
        <translation>Days counted against on required days: %1</translation>
    </message>
    <message>
        <source>Only the day cells take a mark.</source>
        <translation>Only the day cells take a mark.</translation>
    </message>
    <message>
        <source>%1 was not placed in a post on %2: a record there would count for no placement.</source>
        <translation>%1 was not placed in a post on %2: a record there would count for no placement.</translation>
    </message>
    <message>
        <source>%1 is a public holiday, not a working day; change the work calendar in Settings to record it.</source>
        <translation>%1 is a public holiday, not a working day; change the work calendar in Settings to record it.</translation>
    </message>
    <message>
        <source>%1 is not a working day (weekend); mark a make-up working day in Settings to record it.</source>
        <translation>%1 is not a working day (weekend); mark a make-up working day in Settings to record it.</translation>
    </message>
    <message>
        <source>This day cannot take a record.</source>
        <translation>This day cannot take a record.</translation>
    </message>
</context>
<context>
    <name>ui::AttendanceGridPrinter</name>
    <message>
        <source>No worker is placed in this month: there is nothing to print.</source>
        <translation>No worker is placed in this month: there is nothing to print.</translation>
    </message>
    <message>
        <source>Cannot start printing; check the printer or the file path.</source>
        <translation>Cannot start printing; check the printer or the file path.</translation>
    </message>
    <message>
        <source>Cannot add a page; the disk may be full.</source>
        <translation>Cannot add a page; the disk may be full.</translation>
    </message>
    <message>
        <source>Could not write %1; check that the folder exists and is writable.</source>
        <translation>Could not write %1; check that the folder exists and is writable.</translation>
    </message>
</context>
<context>
    <name>ui::AttendanceGridView</name>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Record attendance</translation>
    </message>
    <message>
        <source>Clear attendance</source>
        <translation>Clear attendance</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Fill range…</source>
        <translation>Fill range…</translation>
    </message>
</context>
<context>
    <name>ui::AttendanceLegendEditor</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>The marks the monthly grid shows under Chinese and the exported sign-in sheet prints; a file&apos;s own legend row (注：…) wins when it is imported. The letters P L E A S C N B are always understood.</source>
        <translation>The marks the monthly grid shows under Chinese and the exported sign-in sheet prints; a file&apos;s own legend row (注：…) wins when it is imported. The letters P L E A S C N B are always understood.</translation>
    </message>
</context>
<context>
    <name>ui::AttendanceListPage</name>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Attendance records</translation>
    </message>
</context>
<context>
    <name>ui::AttendancePage</name>
    <message>
        <source>Monthly &amp;grid</source>
        <translation>Monthly &amp;grid</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Previous month (Page Up)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Next month (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Fill range…</source>
        <translation>&amp;Fill range…</translation>
    </message>
    <message>
        <source>Mark a worker&apos;s working days in a period with one status (select cells first to pre-fill)</source>
        <translation>Mark a worker&apos;s working days in a period with one status (select cells first to pre-fill)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Street</translation>
    </message>
    <message>
        <source>weekend or holiday</source>
        <translation>weekend or holiday</translation>
    </message>
    <message>
        <source>make-up working day</source>
        <translation>make-up working day</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>All streets</translation>
    </message>
    <message>
        <source>Could not read the month: %1</source>
        <translation>Could not read the month: %1</translation>
    </message>
    <message>
        <source>No worker was placed here in this month.</source>
        <translation>No worker was placed here in this month.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) filled.</source>
        <translation>
            <numerusform>%n day(s) filled.</numerusform>
            <numerusform>%n day(s) filled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>This month is still running: the totals count the working days up to %1.</source>
        <translation>This month is still running: the totals count the working days up to %1.</translation>
    </message>
    <message>
        <source>Not begun: nothing counted yet</source>
        <translation>Not begun: nothing counted yet</translation>
    </message>
    <message>
        <source>E&amp;xport grid…</source>
        <translation>E&amp;xport grid…</translation>
    </message>
    <message>
        <source>Save the month as a sign-in grid (XLSX or CSV) that imports back</source>
        <translation>Save the month as a sign-in grid (XLSX or CSV) that imports back</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the grid, one street per A4 landscape page</source>
        <translation>Print the grid, one street per A4 landscape page</translation>
    </message>
    <message>
        <source>&amp;Blank sheet…</source>
        <translation>&amp;Blank sheet…</translation>
    </message>
    <message>
        <source>Print an empty sign-in sheet for the street and month, to fill in by hand</source>
        <translation>Print an empty sign-in sheet for the street and month, to fill in by hand</translation>
    </message>
    <message>
        <source>Export grid</source>
        <translation>Export grid</translation>
    </message>
    <message>
        <source>attendance-%1.xlsx</source>
        <translation>attendance-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s); type a mark or letter in a cell to record the day, Delete to clear it, or right-click for the list of statuses.</source>
        <translation>
            <numerusform>%n worker(s); type a mark or letter in a cell to record the day, Delete to clear it, or right-click for the list of statuses.</numerusform>
            <numerusform>%n worker(s); type a mark or letter in a cell to record the day, Delete to clear it, or right-click for the list of statuses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the grid of %n worker(s) to %1.</source>
        <translation>
            <numerusform>Wrote the grid of %n worker(s) to %1.</numerusform>
            <numerusform>Wrote the grid of %n worker(s) to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>No file is open.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print preview – blank sign-in sheet</source>
        <translation>Print preview – blank sign-in sheet</translation>
    </message>
    <message>
        <source>Print preview – attendance grid</source>
        <translation>Print preview – attendance grid</translation>
    </message>
</context>
<context>
    <name>ui::Background</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ui::CalendarEditor</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Load official arrangements</source>
        <translation>Load official arrangements</translation>
    </message>
    <message>
        <source>The public holidays and make-up working days published by the State Council, for the years this version of OneStreet knows.</source>
        <translation>The public holidays and make-up working days published by the State Council, for the years this version of OneStreet knows.</translation>
    </message>
    <message>
        <source>Remove special day</source>
        <translation>Remove special day</translation>
    </message>
    <message>
        <source>Make %1 (%2) an ordinary day again?</source>
        <translation>Make %1 (%2) an ordinary day again?</translation>
    </message>
</context>
<context>
    <name>ui::ChartsPage</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>Save the chart as a PNG picture</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as a picture (Ctrl+Shift+C)</source>
        <translation>Copy the chart to the clipboard as a picture (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>All workers</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>All streets</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and that you may write there, or choose another place.</source>
        <translation>Could not write %1. Check that the folder exists and that you may write there, or choose another place.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Figures as of %1 (today): nothing after it is counted; a month still running counts its days up to it.</source>
        <translation>Figures as of %1 (today): nothing after it is counted; a month still running counts its days up to it.</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <source>The report for the purchaser of the district or street and the months shown: preview, PDF or XLSX</source>
        <translation>The report for the purchaser of the district or street and the months shown: preview, PDF or XLSX</translation>
    </message>
</context>
<context>
    <name>ui::ContractDialog</name>
    <message>
        <source>Edit contract</source>
        <translation>Edit contract</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>New contract</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Purchaser</source>
        <translation>&amp;Purchaser</translation>
    </message>
    <message>
        <source>Si&amp;gned on</source>
        <translation>Si&amp;gned on</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>&amp;Funding per post</source>
        <translation>&amp;Funding per post</translation>
    </message>
    <message>
        <source>Overhead &amp;rule</source>
        <translation>Overhead &amp;rule</translation>
    </message>
    <message>
        <source>Overhead r&amp;ate</source>
        <translation>Overhead r&amp;ate</translation>
    </message>
    <message>
        <source>Overhead per post (fi&amp;xed)</source>
        <translation>Overhead per post (fi&amp;xed)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Enter the funding per post in yuan, e.g. 30000.00.</source>
        <translation>Enter the funding per post in yuan, e.g. 30000.00.</translation>
    </message>
    <message>
        <source>Enter the fixed overhead per post in yuan, e.g. 4500.00.</source>
        <translation>Enter the fixed overhead per post in yuan, e.g. 4500.00.</translation>
    </message>
    <message>
        <source>Add the purchaser first (the New… button beside Purchaser).</source>
        <translation>Add the purchaser first (the New… button beside Purchaser).</translation>
    </message>
    <message>
        <source>New purchaser</source>
        <translation>New purchaser</translation>
    </message>
    <message>
        <source>Name of the purchaser (e.g. a district civil-affairs bureau):</source>
        <translation>Name of the purchaser (e.g. a district civil-affairs bureau):</translation>
    </message>
    <message>
        <source>Streets (p&amp;osts)</source>
        <translation>Streets (p&amp;osts)</translation>
    </message>
    <message>
        <source>Number of posts</source>
        <translation>Number of posts</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s), one per street ticked</source>
        <translation>
            <numerusform>%n post(s), one per street ticked</numerusform>
            <numerusform>%n post(s), one per street ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract was recorded with %1 posts but has %2; saving makes it %3.</source>
        <translation>The contract was recorded with %1 posts but has %2; saving makes it %3.</translation>
    </message>
</context>
<context>
    <name>ui::ContractFilter</name>
    <message>
        <source>All contracts</source>
        <translation>All contracts</translation>
    </message>
</context>
<context>
    <name>ui::ContractsPage</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Renew…</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>Edit contract</translation>
    </message>
    <message>
        <source>the contract “%1”</source>
        <translation>the contract “%1”</translation>
    </message>
    <message>
        <source>Renew contract</source>
        <translation>Renew contract</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>Re&amp;port…</translation>
    </message>
    <message>
        <source>The report for the purchaser of the selected contract: preview, PDF or XLSX</source>
        <translation>The report for the purchaser of the selected contract: preview, PDF or XLSX</translation>
    </message>
    <message numerus="yes">
        <source>Created contract %1 renewing %2: %n post(s)</source>
        <translation>
            <numerusform>Created contract %1 renewing %2: %n post(s)</numerusform>
            <numerusform>Created contract %1 renewing %2: %n post(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n placement(s).</source>
        <translation>
            <numerusform>, %n placement(s).</numerusform>
            <numerusform>, %n placement(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::DemoRunner</name>
    <message>
        <source>Writing the demo records…</source>
        <translation>Writing the demo records…</translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation>Open demo</translation>
    </message>
    <message>
        <source>%1 already holds records. Choose a new file for the demo.</source>
        <translation>%1 already holds records. Choose a new file for the demo.</translation>
    </message>
</context>
<context>
    <name>ui::DistrictDialog</name>
    <message>
        <source>Rename district</source>
        <translation>Rename district</translation>
    </message>
    <message>
        <source>New district</source>
        <translation>New district</translation>
    </message>
    <message>
        <source>e.g. 朝阳区</source>
        <translation>e.g. 朝阳区</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Enter the name of the district.</source>
        <translation>Enter the name of the district.</translation>
    </message>
</context>
<context>
    <name>ui::EndPlacementDialog</name>
    <message>
        <source>End placement</source>
        <translation>End placement</translation>
    </message>
    <message>
        <source>%1 at %2, placed from %3 to %4.</source>
        <translation>%1 at %2, placed from %3 to %4.</translation>
    </message>
    <message>
        <source>For the next worker at this street: open cases, groups, contacts in the departments, what is promised to residents…</source>
        <translation>For the next worker at this street: open cases, groups, contacts in the departments, what is promised to residents…</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Last day</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Handover note</source>
        <translation>&amp;Handover note</translation>
    </message>
    <message>
        <source>The last day must lie within the placement (%1 to %2).</source>
        <translation>The last day must lie within the placement (%1 to %2).</translation>
    </message>
    <message>
        <source>Write the handover note: when a worker resigns or is transferred, it is what the next worker at this street has to go on.</source>
        <translation>Write the handover note: when a worker resigns or is transferred, it is what the next worker at this street has to go on.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Choose why the placement ends (resigned, transferred…).</source>
        <translation>Choose why the placement ends (resigned, transferred…).</translation>
    </message>
</context>
<context>
    <name>ui::EvaluationEditor</name>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Data from the records</source>
        <translation>Data from the records</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>Self score</translation>
    </message>
    <message>
        <source>Supervisor&apos;s score</source>
        <translation>Supervisor&apos;s score</translation>
    </message>
    <message>
        <source>Reason for a different score</source>
        <translation>Reason for a different score</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;comments</source>
        <translation>Supervisor&apos;s &amp;comments</translation>
    </message>
    <message>
        <source>&amp;Work summary</source>
        <translation>&amp;Work summary</translation>
    </message>
    <message>
        <source>Summary &amp;date</source>
        <translation>Summary &amp;date</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · supervisor: %5 · template: %6</source>
        <translation>%1 · %2 · %3 · %4 · supervisor: %5 · template: %6</translation>
    </message>
    <message>
        <source>no street</source>
        <translation>no street</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Evaluation – %1, %2</source>
        <translation>Evaluation – %1, %2</translation>
    </message>
    <message>
        <source>This evaluation was finalised on %1 and cannot change. Use Unlock… (with a reason, which is recorded) to take it back to a draft.</source>
        <translation>This evaluation was finalised on %1 and cannot change. Use Unlock… (with a reason, which is recorded) to take it back to a draft.</translation>
    </message>
    <message numerus="yes">
        <source>A draft again: unlocked %n time(s) after it was finalised.</source>
        <translation>
            <numerusform>A draft again: unlocked %n time(s) after it was finalised.</numerusform>
            <numerusform>A draft again: unlocked %n time(s) after it was finalised.</numerusform>
        </translation>
    </message>
    <message>
        <source>by judgement</source>
        <translation>by judgement</translation>
    </message>
    <message>
        <source>0 to 100; leave empty for not scored yet</source>
        <translation>0 to 100; leave empty for not scored yet</translation>
    </message>
    <message>
        <source>“%1”: a score is a number from 0 to 100 (or empty while not scored).</source>
        <translation>“%1”: a score is a number from 0 to 100 (or empty while not scored).</translation>
    </message>
    <message>
        <source>The records propose %1 for “%2”; say why you score it differently.</source>
        <translation>The records propose %1 for “%2”; say why you score it differently.</translation>
    </message>
    <message>
        <source>Total %1 · grade %2</source>
        <translation>Total %1 · grade %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n item(s) not scored yet)</source>
        <translation>
            <numerusform>(%n item(s) not scored yet)</numerusform>
            <numerusform>(%n item(s) not scored yet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the evaluation</source>
        <translation>Save the evaluation</translation>
    </message>
    <message>
        <source>Finalise the evaluation</source>
        <translation>Finalise the evaluation</translation>
    </message>
    <message>
        <source>Finalise the evaluation of %1 for %2 with a total of %3? A final evaluation cannot change unless it is unlocked with a reason.</source>
        <translation>Finalise the evaluation of %1 for %2 with a total of %3? A final evaluation cannot change unless it is unlocked with a reason.</translation>
    </message>
    <message>
        <source>Unlock the evaluation</source>
        <translation>Unlock the evaluation</translation>
    </message>
    <message>
        <source>Why must the final evaluation change? The reason is recorded.</source>
        <translation>Why must the final evaluation change? The reason is recorded.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to this evaluation before closing?</source>
        <translation>Save the changes to this evaluation before closing?</translation>
    </message>
</context>
<context>
    <name>ui::EvaluationsPage</name>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Making the evaluations of %1…</source>
        <translation>Making the evaluations of %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Evaluate a period</source>
        <translation>Evaluate a period</translation>
    </message>
    <message>
        <source>Draft and final</source>
        <translation>Draft and final</translation>
    </message>
    <message>
        <source>All period kinds</source>
        <translation>All period kinds</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>All periods</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <source>E&amp;valuate a period…</source>
        <translation>E&amp;valuate a period…</translation>
    </message>
    <message>
        <source>Rubric &amp;templates…</source>
        <translation>Rubric &amp;templates…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Preview the sheet of the selected evaluation</source>
        <translation>Preview the sheet of the selected evaluation</translation>
    </message>
    <message>
        <source>Print the sheet of the selected evaluation</source>
        <translation>Print the sheet of the selected evaluation</translation>
    </message>
    <message>
        <source>Save the sheet of the selected evaluation as a PDF file</source>
        <translation>Save the sheet of the selected evaluation as a PDF file</translation>
    </message>
    <message>
        <source>Export the period&apos;s sheets as one PDF…</source>
        <translation>Export the period&apos;s sheets as one PDF…</translation>
    </message>
    <message>
        <source>Print the period&apos;s sheets…</source>
        <translation>Print the period&apos;s sheets…</translation>
    </message>
    <message>
        <source>All evaluations of the period chosen in the filter (and worker and status, when chosen)</source>
        <translation>All evaluations of the period chosen in the filter (and worker and status, when chosen)</translation>
    </message>
    <message>
        <source>the evaluation of %1 for %2</source>
        <translation>the evaluation of %1 for %2</translation>
    </message>
    <message>
        <source>Cancelled; no evaluation was made.</source>
        <translation>Cancelled; no evaluation was made.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n draft evaluation(s) made</source>
        <translation>
            <numerusform>%1: %n draft evaluation(s) made</numerusform>
            <numerusform>%1: %n draft evaluation(s) made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) skipped who had an evaluation for the period already</source>
        <translation>
            <numerusform>%n worker(s) skipped who had an evaluation for the period already</numerusform>
            <numerusform>%n worker(s) skipped who had an evaluation for the period already</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Select an evaluation in the list first.</source>
        <translation>Select an evaluation in the list first.</translation>
    </message>
    <message>
        <source>Print the period</source>
        <translation>Print the period</translation>
    </message>
    <message>
        <source>Choose a period kind and a period in the filter first; the sheets of that period&apos;s evaluations are printed.</source>
        <translation>Choose a period kind and a period in the filter first; the sheets of that period&apos;s evaluations are printed.</translation>
    </message>
    <message>
        <source>%1 has no evaluations matching the filter.</source>
        <translation>%1 has no evaluations matching the filter.</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n sheet(s)…</source>
        <translation>
            <numerusform>Laying out %n sheet(s)…</numerusform>
            <numerusform>Laying out %n sheet(s)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Print preview – %1, %2</source>
        <translation>Print preview – %1, %2</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) written to %1</source>
        <translation>
            <numerusform>%n sheet(s) written to %1</numerusform>
            <numerusform>%n sheet(s) written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation %1 %2.pdf</source>
        <translation>Evaluation %1 %2.pdf</translation>
    </message>
    <message>
        <source>Evaluations %1.pdf</source>
        <translation>Evaluations %1.pdf</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>%1 ends on %2, after %3: it has not ended yet.</source>
        <translation>%1 ends on %2, after %3: it has not ended yet.</translation>
    </message>
    <message>
        <source>Make interim evaluations as of %1 instead? They count the records up to that day, %2 of the period&apos;s %3 working days, pro-rate every target (activities, supervision sessions) to the working days elapsed, and each sheet says &quot;interim evaluation, as of %1&quot;.</source>
        <translation>Make interim evaluations as of %1 instead? They count the records up to that day, %2 of the period&apos;s %3 working days, pro-rate every target (activities, supervision sessions) to the working days elapsed, and each sheet says &quot;interim evaluation, as of %1&quot;.</translation>
    </message>
    <message>
        <source>Make &amp;interim evaluations</source>
        <translation>Make &amp;interim evaluations</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n interim draft evaluation(s) made, as of %2</source>
        <translation>
            <numerusform>%1: %n interim draft evaluation made, as of %2</numerusform>
            <numerusform>%1: %n interim draft evaluations made, as of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s))</source>
        <translation>
            <numerusform>%1 (%n working day)</numerusform>
            <numerusform>%1 (%n working days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) not evaluated, placed fewer than %1 working days in the period: %2</source>
        <translation>
            <numerusform>%n worker not evaluated, placed fewer than %1 working days in the period: %2</numerusform>
            <numerusform>%n workers not evaluated, placed fewer than %1 working days in the period: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ui::ExchangeDialog</name>
    <message>
        <source>Edit exchange meeting</source>
        <translation>Edit exchange meeting</translation>
    </message>
    <message>
        <source>New exchange meeting</source>
        <translation>New exchange meeting</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Attendees</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Enter the meeting&apos;s topic.</source>
        <translation>Enter the meeting&apos;s topic.</translation>
    </message>
    <message>
        <source>Tick the social workers who took part.</source>
        <translation>Tick the social workers who took part.</translation>
    </message>
</context>
<context>
    <name>ui::ExchangePage</name>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Edit exchange meeting</source>
        <translation>Edit exchange meeting</translation>
    </message>
    <message>
        <source>the meeting “%1” on %2</source>
        <translation>the meeting “%1” on %2</translation>
    </message>
    <message>
        <source>Exchange meetings</source>
        <translation>Exchange meetings</translation>
    </message>
</context>
<context>
    <name>ui::FileListModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
</context>
<context>
    <name>ui::FillRangeDialog</name>
    <message>
        <source>Fill range</source>
        <translation>Fill range</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Only required working days inside the worker&apos;s placement are filled; days already recorded are kept.</source>
        <translation>Only required working days inside the worker&apos;s placement are filled; days already recorded are kept.</translation>
    </message>
    <message>
        <source>Choose a worker.</source>
        <translation>Choose a worker.</translation>
    </message>
    <message>
        <source>The end date is before the start date: choose an end on or after %1.</source>
        <translation>The end date is before the start date: choose an end on or after %1.</translation>
    </message>
    <message>
        <source>The range runs past today (%1) into days that have not happened yet. Fill them too?</source>
        <translation>The range runs past today (%1) into days that have not happened yet. Fill them too?</translation>
    </message>
    <message>
        <source>Nothing was filled. Choose an end on or before %1.</source>
        <translation>Nothing was filled. Choose an end on or before %1.</translation>
    </message>
</context>
<context>
    <name>ui::FilterBar</name>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>Search… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>All streets</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>All social workers</source>
        <translation>All social workers</translation>
    </message>
    <message>
        <source>Show every record again</source>
        <translation>Show every record again</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n record(s) named ✕</source>
        <translation>
            <numerusform>Only the %n record(s) named ✕</numerusform>
            <numerusform>Only the %n record(s) named ✕</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::FirstSteps</name>
    <message>
        <source>First steps</source>
        <translation>First steps</translation>
    </message>
    <message>
        <source>This file is still new. Five steps set it up: each link opens the form where the step is done, and the step ticks itself once it is (%1 of %2 done). The figures below fill in as you go; the &lt;a href=&quot;help&quot;&gt;user guide&lt;/a&gt; (F1) explains every page.</source>
        <translation>This file is still new. Five steps set it up: each link opens the form where the step is done, and the step ticks itself once it is (%1 of %2 done). The figures below fill in as you go; the &lt;a href=&quot;help&quot;&gt;user guide&lt;/a&gt; (F1) explains every page.</translation>
    </message>
    <message>
        <source>Add the contract and its streets</source>
        <translation>Add the contract and its streets</translation>
    </message>
    <message>
        <source>Add the streets the contract funds a post at</source>
        <translation>Add the streets the contract funds a post at</translation>
    </message>
    <message>
        <source>Give each street of the contract its post</source>
        <translation>Give each street of the contract its post</translation>
    </message>
    <message>
        <source>Add the purchaser</source>
        <translation>Add the purchaser</translation>
    </message>
    <message>
        <source>the government body that buys the service and signs the contract, e.g. the district civil-affairs bureau</source>
        <translation>the government body that buys the service and signs the contract, e.g. the district civil-affairs bureau</translation>
    </message>
    <message>
        <source>the purchase-of-service contract, its term, and one post at each street it funds (on the Contracts and the Streets &amp; posts pages)</source>
        <translation>the purchase-of-service contract, its term, and one post at each street it funds (on the Contracts and the Streets &amp; posts pages)</translation>
    </message>
    <message>
        <source>Add the social workers</source>
        <translation>Add the social workers</translation>
    </message>
    <message>
        <source>the agency&apos;s workers, with their qualification and hire date</source>
        <translation>the agency&apos;s workers, with their qualification and hire date</translation>
    </message>
    <message>
        <source>Place a worker at each post</source>
        <translation>Place a worker at each post</translation>
    </message>
    <message>
        <source>who works at which street, in which department, from which day; when a worker leaves, the handover note goes here too</source>
        <translation>who works at which street, in which department, from which day; when a worker leaves, the handover note goes here too</translation>
    </message>
    <message>
        <source>Record the first month&apos;s attendance</source>
        <translation>Record the first month&apos;s attendance</translation>
    </message>
    <message>
        <source>in the monthly grid: fill the month with “present”, then type the exceptions (late, leave …)</source>
        <translation>in the monthly grid: fill the month with “present”, then type the exceptions (late, leave …)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>ui::FollowUpDialog</name>
    <message>
        <source>Edit follow-up</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>e.g. write the case assessment again, using the new template</source>
        <translation>e.g. write the case assessment again, using the new template</translation>
    </message>
    <message>
        <source>(the whole group)</source>
        <translation>(the whole group)</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>done on</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>D&amp;ue</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>D&amp;one</translation>
    </message>
    <message>
        <source>Enter what is to be done.</source>
        <translation>Enter what is to be done.</translation>
    </message>
    <message>
        <source>The follow-up cannot be due before its session (%1).</source>
        <translation>The follow-up cannot be due before its session (%1).</translation>
    </message>
    <message>
        <source>The follow-up cannot be done before its session (%1).</source>
        <translation>The follow-up cannot be done before its session (%1).</translation>
    </message>
</context>
<context>
    <name>ui::FollowUpPanel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Done &amp;today</source>
        <translation>Done &amp;today</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done today</source>
        <translation>Mark the selected follow-up as done today</translation>
    </message>
    <message>
        <source>Select a session to see its follow-ups.</source>
        <translation>Select a session to see its follow-ups.</translation>
    </message>
    <message>
        <source>Could not read the follow-ups: %1</source>
        <translation>Could not read the follow-ups: %1</translation>
    </message>
    <message>
        <source>(the whole group)</source>
        <translation>(the whole group)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Overdue: due %1 and not done yet</source>
        <translation>Overdue: due %1 and not done yet</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups of the session on %1: %n</source>
        <translation>
            <numerusform>Follow-ups of the session on %1: %n</numerusform>
            <numerusform>Follow-ups of the session on %1: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <source>Remove follow-up</source>
        <translation>Remove follow-up</translation>
    </message>
    <message>
        <source>Remove the follow-up “%1”?</source>
        <translation>Remove the follow-up “%1”?</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>Mark follow-up done</translation>
    </message>
</context>
<context>
    <name>ui::FundingEntryDialog</name>
    <message>
        <source>Edit funding entry</source>
        <translation>Edit funding entry</translation>
    </message>
    <message>
        <source>New funding entry</source>
        <translation>New funding entry</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Contract</source>
        <translation>&amp;Contract</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <source>Social &amp;worker paid</source>
        <translation>Social &amp;worker paid</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Pay for &amp;month</source>
        <translation>Pay for &amp;month</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan)</source>
        <translation>&amp;Amount (yuan)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>(the whole contract)</source>
        <translation>(the whole contract)</translation>
    </message>
    <message>
        <source>There is no contract yet. Add one on the Contracts page first.</source>
        <translation>There is no contract yet. Add one on the Contracts page first.</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, e.g. 2500.00.</source>
        <translation>Enter the amount in yuan, e.g. 2500.00.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Write yuan with at most two decimals, e.g. 12345.67.</source>
        <translation>“%1” is not an amount. Write yuan with at most two decimals, e.g. 12345.67.</translation>
    </message>
</context>
<context>
    <name>ui::FundingPage</name>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Record &amp;overhead for this contract…</source>
        <translation>Record &amp;overhead for this contract…</translation>
    </message>
    <message>
        <source>Edit funding entry</source>
        <translation>Edit funding entry</translation>
    </message>
    <message>
        <source>the %1 of %2 on %3</source>
        <translation>the %1 of %2 on %3</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
</context>
<context>
    <name>ui::FundingPanel</name>
    <message>
        <source>Balance per post</source>
        <translation>Balance per post</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Record overhead for this contract…</source>
        <translation>Record overhead for this contract…</translation>
    </message>
    <message>
        <source>Net monthly pay</source>
        <translation>Net monthly pay</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Reference wage</source>
        <translation>Reference wage</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Contract:</translation>
    </message>
    <message>
        <source>Choose a contract, or select an entry, to see what each of its posts has received, kept and paid.</source>
        <translation>Choose a contract, or select an entry, to see what each of its posts has received, kept and paid.</translation>
    </message>
    <message>
        <source>Contract %1: %2 per post, overhead %3 per post.</source>
        <translation>Contract %1: %2 per post, overhead %3 per post.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Choose a social worker in the filter, or select a pay entry, to compare the worker&apos;s monthly pay with the reference wage.</source>
        <translation>Choose a social worker in the filter, or select a pay entry, to compare the worker&apos;s monthly pay with the reference wage.</translation>
    </message>
    <message>
        <source>No pay recorded for this social worker. Reference wage: %1 a month.</source>
        <translation>No pay recorded for this social worker. Reference wage: %1 a month.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n month(s) paid, </source>
        <translation>
            <numerusform>%1: %n month(s) paid, </numerusform>
            <numerusform>%1: %n month(s) paid, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below the reference wage of %1.</source>
        <translation>
            <numerusform>%n below the reference wage of %1.</numerusform>
            <numerusform>%n below the reference wage of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record overhead</source>
        <translation>Record overhead</translation>
    </message>
    <message>
        <source>Record the overhead of %1 per post for every post of contract %2, dated today?</source>
        <translation>Record the overhead of %1 per post for every post of contract %2, dated today?</translation>
    </message>
    <message numerus="yes">
        <source>%n overhead entry(s) recorded.</source>
        <translation>
            <numerusform>%n overhead entry(s) recorded.</numerusform>
            <numerusform>%n overhead entry(s) recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::GenerateDialog</name>
    <message>
        <source>Evaluate a period</source>
        <translation>Evaluate a period</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Period &amp;kind</source>
        <translation>Period &amp;kind</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;Rubric template</source>
        <translation>&amp;Rubric template</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <source>Records &amp;up to</source>
        <translation>Records &amp;up to</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evaluate</translation>
    </message>
    <message>
        <source>A draft evaluation is made for every social worker placed during the period; workers who have one for the period already, or who were placed for fewer working days than the minimum in Settings, are skipped.</source>
        <translation>A draft evaluation is made for every social worker placed during the period; workers who have one for the period already, or who were placed for fewer working days than the minimum in Settings, are skipped.</translation>
    </message>
</context>
<context>
    <name>ui::HelpBrowser</name>
    <message>
        <source>User guide — OneStreet</source>
        <translation>User guide — OneStreet</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Show this page in the other language</source>
        <translation>Show this page in the other language</translation>
    </message>
</context>
<context>
    <name>ui::ImportPreviewDialog</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Already there</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Import attendance</source>
        <translation>Import attendance</translation>
    </message>
    <message>
        <source>Import work log</source>
        <translation>Import work log</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 already there, %4 conflicts, %5 errors.</source>
        <translation>%1 rows: %2 new, %3 already there, %4 conflicts, %5 errors.</translation>
    </message>
    <message>
        <source>Rows with conflicts or errors are never written. Correct the file and import again, or import the other rows and skip the bad ones.</source>
        <translation>Rows with conflicts or errors are never written. Correct the file and import again, or import the other rows and skip the bad ones.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Whole file</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import, &amp;skipping bad rows</source>
        <translation>Import, &amp;skipping bad rows</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Reading and checking %1…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n row(s)…</source>
        <translation>
            <numerusform>Writing %n row(s)…</numerusform>
            <numerusform>Writing %n row(s)…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>%1 rows written, %2 already there, %3 bad rows skipped.</source>
        <translation>%1 rows written, %2 already there, %3 bad rows skipped.</translation>
    </message>
    <message>
        <source>This is a monthly attendance grid that does not say its month.
Which month is it (yyyy-MM)?</source>
        <translation>This is a monthly attendance grid that does not say its month.
Which month is it (yyyy-MM)?</translation>
    </message>
    <message numerus="yes">
        <source>Another import wrote %n of these rows since the preview; they were not written twice.</source>
        <translation>
            <numerusform>Another import wrote %n of these rows since the preview; they were not written twice.</numerusform>
            <numerusform>Another import wrote %n of these rows since the preview; they were not written twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ListPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>New record (%1)</source>
        <translation>New record (%1)</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter or double-click)</source>
        <translation>Edit the selected record (Enter or double-click)</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Delete the selected record (Del)</translation>
    </message>
    <message>
        <source>Export the records shown to a file</source>
        <translation>Export the records shown to a file</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record(s)</numerusform>
            <numerusform>%n record(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation>Could not read the list: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete %1?
This cannot be undone.</source>
        <translation>Delete %1?
This cannot be undone.</translation>
    </message>
    <message>
        <source>Records of this kind cannot be deleted here.</source>
        <translation>Records of this kind cannot be deleted here.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>record %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n record(s) exported to %1.</numerusform>
            <numerusform>%n record(s) exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no list to export. Open a file first.</source>
        <translation>There is no list to export. Open a file first.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>OneStreet files (*.db *.sqlite);;All files (*)</source>
        <translation>OneStreet files (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Automatic backup written to %1.</source>
        <translation>Automatic backup written to %1.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Import &amp;attendance…</source>
        <translation>Import &amp;attendance…</translation>
    </message>
    <message>
        <source>Import &amp;work log…</source>
        <translation>Import &amp;work log…</translation>
    </message>
    <message>
        <source>Save a &amp;backup copy…</source>
        <translation>Save a &amp;backup copy…</translation>
    </message>
    <message>
        <source>Restore a ba&amp;ckup…</source>
        <translation>Restore a ba&amp;ckup…</translation>
    </message>
    <message>
        <source>Open &amp;demo…</source>
        <translation>Open &amp;demo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About OneStreet</source>
        <translation>&amp;About OneStreet</translation>
    </message>
    <message>
        <source>%1 — OneStreet</source>
        <translation>%1 — OneStreet</translation>
    </message>
    <message>
        <source>OneStreet</source>
        <translation>OneStreet</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>%1 is the file that is open now. Choose another name.</source>
        <translation>%1 is the file that is open now. Choose another name.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced. Close the program using it, or choose another name.</source>
        <translation>%1 cannot be replaced. Close the program using it, or choose another name.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>Save a backup copy</translation>
    </message>
    <message>
        <source>The backup copy was written to %1.</source>
        <translation>The backup copy was written to %1.</translation>
    </message>
    <message>
        <source>Save the demo as</source>
        <translation>Save the demo as</translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation>Open demo</translation>
    </message>
    <message>
        <source>%1 is the file that is open now. Choose a new file for the demo.</source>
        <translation>%1 is the file that is open now. Choose a new file for the demo.</translation>
    </message>
    <message>
        <source>Writing the automatic backup…</source>
        <translation>Writing the automatic backup…</translation>
    </message>
    <message>
        <source>Import attendance</source>
        <translation>Import attendance</translation>
    </message>
    <message>
        <source>Import work log</source>
        <translation>Import work log</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Another file…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Backups of this file:</source>
        <translation>Backups of this file:</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>Backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?

Everything entered since that backup is replaced. A copy of the current file is kept in the backups folder.</source>
        <translation>Replace %1 with the backup %2?

Everything entered since that backup is replaced. A copy of the current file is kept in the backups folder.</translation>
    </message>
    <message>
        <source>Restored %1. The replaced file was kept as %2.</source>
        <translation>Restored %1. The replaced file was kept as %2.</translation>
    </message>
    <message>
        <source>About OneStreet</source>
        <translation>About OneStreet</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&lt;p&gt;Data file: %1&lt;br&gt;Automatic backups: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Data file: %1&lt;br&gt;Automatic backups: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No data file is open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No data file is open.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OneStreet %1&lt;/h3&gt;&lt;p&gt;Records for “One Street, One Social Worker” (一街一社工) projects: contracts, posts, placements, attendance, activities, supervision, evaluations and funding.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence: you may use, copy, change and pass it on. © 2026 OneStreet developers.&lt;/p&gt;%2&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OneStreet %1&lt;/h3&gt;&lt;p&gt;Records for “One Street, One Social Worker” (一街一社工) projects: contracts, posts, placements, attendance, activities, supervision, evaluations and funding.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence: you may use, copy, change and pass it on. © 2026 OneStreet developers.&lt;/p&gt;%2&lt;p&gt;Built with Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing changed since the automatic backup %1.</source>
        <translation>Nothing changed since the automatic backup %1.</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <source>%1 (read-only) — OneStreet</source>
        <translation>%1 (read-only) — OneStreet</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>empty: from ~/.pgpass or PGPASSWORD</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
</context>
<context>
    <name>ui::MoneyEdit</name>
    <message>
        <source>yuan, e.g. 30000.00</source>
        <translation>yuan, e.g. 30000.00</translation>
    </message>
</context>
<context>
    <name>ui::OverviewCard</name>
    <message>
        <source>Click to open the list</source>
        <translation>Click to open the list</translation>
    </message>
</context>
<context>
    <name>ui::OverviewPage</name>
    <message>
        <source>Contracts ending</source>
        <translation>Contracts ending</translation>
    </message>
    <message>
        <source>Vacant posts</source>
        <translation>Vacant posts</translation>
    </message>
    <message>
        <source>Without supervision</source>
        <translation>Without supervision</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <source>Applications waiting</source>
        <translation>Applications waiting</translation>
    </message>
    <message>
        <source>Attendance missing</source>
        <translation>Attendance missing</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <source>Key figures (click a card to open the list)</source>
        <translation>Key figures (click a card to open the list)</translation>
    </message>
    <message>
        <source>Contracts running</source>
        <translation>Contracts running</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Social workers placed</source>
        <translation>Social workers placed</translation>
    </message>
    <message>
        <source>Attendance last month</source>
        <translation>Attendance last month</translation>
    </message>
    <message>
        <source>Activities held last month</source>
        <translation>Activities held last month</translation>
    </message>
    <message>
        <source>Administrative share of work last month</source>
        <translation>Administrative share of work last month</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>ui::PlacementDialog</name>
    <message>
        <source>Edit placement</source>
        <translation>Edit placement</translation>
    </message>
    <message>
        <source>Place a worker</source>
        <translation>Place a worker</translation>
    </message>
    <message>
        <source>ends on</source>
        <translation>ends on</translation>
    </message>
    <message>
        <source>Social &amp;worker</source>
        <translation>Social &amp;worker</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>S&amp;treet</translation>
    </message>
    <message>
        <source>&amp;Post (contract)</source>
        <translation>&amp;Post (contract)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>Without an end the placement runs until its contract ends.</source>
        <translation>Without an end the placement runs until its contract ends.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3), today: %4</source>
        <translation>%1 (%2 to %3), today: %4</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>There is no social worker to place. Add one on the Social workers page first.</source>
        <translation>There is no social worker to place. Add one on the Social workers page first.</translation>
    </message>
    <message>
        <source>There is no street yet. Add the street on the Streets &amp; posts page first.</source>
        <translation>There is no street yet. Add the street on the Streets &amp; posts page first.</translation>
    </message>
    <message>
        <source>%1 has no post in any contract. Add a post for it on the Streets &amp; posts page first.</source>
        <translation>%1 has no post in any contract. Add a post for it on the Streets &amp; posts page first.</translation>
    </message>
    <message>
        <source>%1 — placed at %2</source>
        <translation>%1 — placed at %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 social worker(s) free on %2; those placed elsewhere are greyed.</source>
        <translation>
            <numerusform>%n of %1 social worker(s) free on %2; those placed elsewhere are greyed.</numerusform>
            <numerusform>%n of %1 social worker(s) free on %2; those placed elsewhere are greyed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::PlacementsPage</name>
    <message>
        <source>E&amp;nd placement…</source>
        <translation>E&amp;nd placement…</translation>
    </message>
    <message>
        <source>Street &amp;history…</source>
        <translation>Street &amp;history…</translation>
    </message>
    <message>
        <source>Edit placement</source>
        <translation>Edit placement</translation>
    </message>
    <message>
        <source>the placement of %1 at %2 from %3</source>
        <translation>the placement of %1 at %2 from %3</translation>
    </message>
    <message>
        <source>End placement</source>
        <translation>End placement</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
</context>
<context>
    <name>ui::PurchaserDialog</name>
    <message>
        <source>Edit purchaser</source>
        <translation>Edit purchaser</translation>
    </message>
    <message>
        <source>New purchaser</source>
        <translation>New purchaser</translation>
    </message>
    <message>
        <source>e.g. 朝阳区民政局</source>
        <translation>e.g. 朝阳区民政局</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Enter the name of the purchaser, the government body that signs the contract.</source>
        <translation>Enter the name of the purchaser, the government body that signs the contract.</translation>
    </message>
</context>
<context>
    <name>ui::RenewDialog</name>
    <message>
        <source>Renew contract</source>
        <translation>Renew contract</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Place these workers again in the new posts from the first day (untick those who do not carry on):</source>
        <translation>Place these workers again in the new posts from the first day (untick those who do not carry on):</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(nobody is placed at the end of the contract)</source>
        <translation>(nobody is placed at the end of the contract)</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Renew</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>ui::ReportRenderer</name>
    <message>
        <source>Signatures and seals</source>
        <translation>Signatures and seals</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Cannot start printing; check the printer or the file path.</source>
        <translation>Cannot start printing; check the printer or the file path.</translation>
    </message>
    <message>
        <source>Cannot add a page; the disk may be full.</source>
        <translation>Cannot add a page; the disk may be full.</translation>
    </message>
    <message>
        <source>Could not write %1; check that the folder exists and is writable.</source>
        <translation>Could not write %1; check that the folder exists and is writable.</translation>
    </message>
</context>
<context>
    <name>ui::RubricDialog</name>
    <message>
        <source>Rubric templates</source>
        <translation>Rubric templates</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;New template</translation>
    </message>
    <message>
        <source>&amp;Remove template</source>
        <translation>&amp;Remove template</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Make &amp;default</translation>
    </message>
    <message>
        <source>New evaluations use the default template unless another is chosen</source>
        <translation>New evaluations use the default template unless another is chosen</translation>
    </message>
    <message>
        <source>Template &amp;name</source>
        <translation>Template &amp;name</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>Weight %</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Scored by</translation>
    </message>
    <message>
        <source>Monthly target</source>
        <translation>Monthly target</translation>
    </message>
    <message>
        <source>Scoring standard</source>
        <translation>Scoring standard</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Add &amp;item</translation>
    </message>
    <message>
        <source>Remove i&amp;tem</source>
        <translation>Remove i&amp;tem</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Weights add up to %1 of 100</source>
        <translation>Weights add up to %1 of 100</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>New template %1</translation>
    </message>
    <message>
        <source>Overall performance</source>
        <translation>Overall performance</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>Remove template</translation>
    </message>
    <message>
        <source>“%1” is the default template. Make another template the default first.</source>
        <translation>“%1” is the default template. Make another template the default first.</translation>
    </message>
    <message>
        <source>Save template “%1”</source>
        <translation>Save template “%1”</translation>
    </message>
</context>
<context>
    <name>ui::SettingsPage</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>&amp;Name (printed on evaluation sheets)</source>
        <translation>&amp;Name (printed on evaluation sheets)</translation>
    </message>
    <message>
        <source>Default overhead rule for new contracts</source>
        <translation>Default overhead rule for new contracts</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Rule</translation>
    </message>
    <message>
        <source>R&amp;ate of the funding per post</source>
        <translation>R&amp;ate of the funding per post</translation>
    </message>
    <message>
        <source>&amp;Fixed sum per post</source>
        <translation>&amp;Fixed sum per post</translation>
    </message>
    <message>
        <source>Alerts on the Overview</source>
        <translation>Alerts on the Overview</translation>
    </message>
    <message>
        <source>Contract ends without a successor within</source>
        <translation>Contract ends without a successor within</translation>
    </message>
    <message>
        <source>Social worker without supervision for</source>
        <translation>Social worker without supervision for</translation>
    </message>
    <message>
        <source>Activity application waiting for</source>
        <translation>Activity application waiting for</translation>
    </message>
    <message>
        <source>Work and pay</source>
        <translation>Work and pay</translation>
    </message>
    <message>
        <source>Work hours</source>
        <translation>Work hours</translation>
    </message>
    <message>
        <source>Reference &amp;wage per month</source>
        <translation>Reference &amp;wage per month</translation>
    </message>
    <message>
        <source>Evaluation grades (lowest total score)</source>
        <translation>Evaluation grades (lowest total score)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Backup copies to &amp;keep</source>
        <translation>Backup copies to &amp;keep</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>A new language takes effect when OneStreet is started again.</source>
        <translation>A new language takes effect when OneStreet is started again.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Work calendar: public holidays and make-up working days</source>
        <translation>Work calendar: public holidays and make-up working days</translation>
    </message>
    <message>
        <source>Enter the fixed overhead per post in yuan, e.g. 4500.00.</source>
        <translation>Enter the fixed overhead per post in yuan, e.g. 4500.00.</translation>
    </message>
    <message>
        <source>Enter the reference wage in yuan, e.g. 2540.00.</source>
        <translation>Enter the reference wage in yuan, e.g. 2540.00.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Workers placed for fewer working days of the period are not evaluated; they are listed instead.</source>
        <translation>Workers placed for fewer working days of the period are not evaluated; they are listed instead.</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Shortest placement evaluated</source>
        <translation>Shortest placement evaluated</translation>
    </message>
    <message>
        <source>Attendance rule (every attendance rate follows it)</source>
        <translation>Attendance rule (every attendance rate follows it)</translation>
    </message>
    <message>
        <source>Sign-in grid legend (考勤表图例)</source>
        <translation>Sign-in grid legend (考勤表图例)</translation>
    </message>
</context>
<context>
    <name>ui::SheetRenderer</name>
    <message>
        <source>One Street, One Social Worker — Post Evaluation</source>
        <translation>One Street, One Social Worker — Post Evaluation</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Final (%1)</source>
        <translation>Final (%1)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evaluation no.</source>
        <translation>Evaluation no.</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Scoring standard</source>
        <translation>Scoring standard</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>Self score</translation>
    </message>
    <message>
        <source>Supervisor score</source>
        <translation>Supervisor score</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Total score</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Work summary</source>
        <translation>Work summary</translation>
    </message>
    <message>
        <source>(submitted on %1)</source>
        <translation>(submitted on %1)</translation>
    </message>
    <message>
        <source>(not submitted)</source>
        <translation>(not submitted)</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments</source>
        <translation>Supervisor&apos;s comments</translation>
    </message>
    <message>
        <source>Supervisor (signature):</source>
        <translation>Supervisor (signature):</translation>
    </message>
    <message>
        <source>Worker (signature):</source>
        <translation>Worker (signature):</translation>
    </message>
    <message>
        <source>Agency (seal):</source>
        <translation>Agency (seal):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>There is no evaluation sheet to print.</source>
        <translation>There is no evaluation sheet to print.</translation>
    </message>
    <message>
        <source>Cannot start printing; check the printer or the file path.</source>
        <translation>Cannot start printing; check the printer or the file path.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>Cannot add a page; the disk may be full.</source>
        <translation>Cannot add a page; the disk may be full.</translation>
    </message>
    <message>
        <source>Could not write %1; check that the folder exists and is writable.</source>
        <translation>Could not write %1; check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1: reason for the score: %2</source>
        <translation>%1: reason for the score: %2</translation>
    </message>
    <message>
        <source>%1: supervisor&apos;s score %2, the records propose %3. Reason: %4</source>
        <translation>%1: supervisor&apos;s score %2, the records propose %3. Reason: %4</translation>
    </message>
    <message>
        <source>(interim evaluation, as of %1)</source>
        <translation>(interim evaluation, as of %1)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Could not read %1 back to finish its text.</source>
        <translation>Could not read %1 back to finish its text.</translation>
    </message>
</context>
<context>
    <name>ui::SpecialDayDialog</name>
    <message>
        <source>New special day</source>
        <translation>New special day</translation>
    </message>
    <message>
        <source>Edit special day</source>
        <translation>Edit special day</translation>
    </message>
    <message>
        <source>e.g. National Day</source>
        <translation>e.g. National Day</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Enter a name for the day, e.g. the holiday it belongs to.</source>
        <translation>Enter a name for the day, e.g. the holiday it belongs to.</translation>
    </message>
</context>
<context>
    <name>ui::StreetDialog</name>
    <message>
        <source>Edit street</source>
        <translation>Edit street</translation>
    </message>
    <message>
        <source>New street</source>
        <translation>New street</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>e.g. 双井街道</source>
        <translation>e.g. 双井街道</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>&amp;District</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Add the district first (the New… button beside District).</source>
        <translation>Add the district first (the New… button beside District).</translation>
    </message>
    <message>
        <source>Enter the name of the street.</source>
        <translation>Enter the name of the street.</translation>
    </message>
</context>
<context>
    <name>ui::StreetHistoryDialog</name>
    <message>
        <source>Street history – %1</source>
        <translation>Street history – %1</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>End reason</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>Handover note</translation>
    </message>
    <message>
        <source>Select a placement to read its handover note.</source>
        <translation>Select a placement to read its handover note.</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>(vacant)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without a worker</source>
        <translation>
            <numerusform>%n day(s) without a worker</numerusform>
            <numerusform>%n day(s) without a worker</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (contract end)</source>
        <translation>%1 (contract end)</translation>
    </message>
    <message>
        <source>Nobody has been placed at this street yet.</source>
        <translation>Nobody has been placed at this street yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) since %1, </source>
        <translation>
            <numerusform>%n placement(s) since %1, </numerusform>
            <numerusform>%n placement(s) since %1, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n social worker(s), </source>
        <translation>
            <numerusform>%n social worker(s), </numerusform>
            <numerusform>%n social worker(s), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) vacant between placements.</source>
        <translation>
            <numerusform>%n day(s) vacant between placements.</numerusform>
            <numerusform>%n day(s) vacant between placements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::StreetPanel</name>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Add post…</source>
        <translation>Add post…</translation>
    </message>
    <message>
        <source>Remove post…</source>
        <translation>Remove post…</translation>
    </message>
    <message>
        <source>Street history…</source>
        <translation>Street history…</translation>
    </message>
    <message>
        <source>Double-click a post to see its placements.</source>
        <translation>Double-click a post to see its placements.</translation>
    </message>
    <message>
        <source>Select a street to see its departments and posts.</source>
        <translation>Select a street to see its departments and posts.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s), </source>
        <translation>
            <numerusform>%n post(s), </numerusform>
            <numerusform>%n post(s), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vacant today (in a contract that runs today).</source>
        <translation>
            <numerusform>%n vacant today (in a contract that runs today).</numerusform>
            <numerusform>%n vacant today (in a contract that runs today).</numerusform>
        </translation>
    </message>
    <message>
        <source>New department</source>
        <translation>New department</translation>
    </message>
    <message>
        <source>Name of the department (科室), e.g. 民政科:</source>
        <translation>Name of the department (科室), e.g. 民政科:</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Rename department</translation>
    </message>
    <message>
        <source>New name of the department:</source>
        <translation>New name of the department:</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>Remove department</translation>
    </message>
    <message>
        <source>Remove the department “%1”?</source>
        <translation>Remove the department “%1”?</translation>
    </message>
    <message>
        <source>Add post</source>
        <translation>Add post</translation>
    </message>
    <message>
        <source>There is no contract yet. Add one on the Contracts page.</source>
        <translation>There is no contract yet. Add one on the Contracts page.</translation>
    </message>
    <message>
        <source>The contract that funds a post at %1:</source>
        <translation>The contract that funds a post at %1:</translation>
    </message>
    <message>
        <source>Remove post</source>
        <translation>Remove post</translation>
    </message>
    <message>
        <source>Remove the post of contract %1 at %2?</source>
        <translation>Remove the post of contract %1 at %2?</translation>
    </message>
</context>
<context>
    <name>ui::StreetsPage</name>
    <message>
        <source>New &amp;district…</source>
        <translation>New &amp;district…</translation>
    </message>
    <message>
        <source>&amp;Rename district…</source>
        <translation>&amp;Rename district…</translation>
    </message>
    <message>
        <source>Delete district…</source>
        <translation>Delete district…</translation>
    </message>
    <message>
        <source>Street &amp;history…</source>
        <translation>Street &amp;history…</translation>
    </message>
    <message>
        <source>Edit street</source>
        <translation>Edit street</translation>
    </message>
    <message>
        <source>the street “%1” (%2) and its departments</source>
        <translation>the street “%1” (%2) and its departments</translation>
    </message>
    <message>
        <source>Rename district</source>
        <translation>Rename district</translation>
    </message>
    <message>
        <source>Delete district</source>
        <translation>Delete district</translation>
    </message>
    <message>
        <source>Delete the district “%1”?
This cannot be undone.</source>
        <translation>Delete the district “%1”?
This cannot be undone.</translation>
    </message>
    <message>
        <source>Streets &amp; posts</source>
        <translation>Streets &amp; posts</translation>
    </message>
</context>
<context>
    <name>ui::SupervisionDialog</name>
    <message>
        <source>Edit supervision session</source>
        <translation>Edit supervision session</translation>
    </message>
    <message>
        <source>New supervision session</source>
        <translation>New supervision session</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Length</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>&amp;Workers</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <source>&amp;Issues raised</source>
        <translation>&amp;Issues raised</translation>
    </message>
    <message>
        <source>&amp;Advice given</source>
        <translation>&amp;Advice given</translation>
    </message>
    <message>
        <source>There is no supervisor yet. Add the agency&apos;s supervisors on the Settings page first.</source>
        <translation>There is no supervisor yet. Add the agency&apos;s supervisors on the Settings page first.</translation>
    </message>
    <message>
        <source>Tick at least one social worker who attended the session.</source>
        <translation>Tick at least one social worker who attended the session.</translation>
    </message>
    <message>
        <source>An individual session is with one worker; %1 are ticked. Tick one worker, or choose the group form.</source>
        <translation>An individual session is with one worker; %1 are ticked. Tick one worker, or choose the group form.</translation>
    </message>
</context>
<context>
    <name>ui::SupervisionPage</name>
    <message>
        <source>All forms</source>
        <translation>All forms</translation>
    </message>
    <message>
        <source>Edit supervision session</source>
        <translation>Edit supervision session</translation>
    </message>
    <message>
        <source>the supervision session of %1 with %2 on %3</source>
        <translation>the supervision session of %1 with %2 on %3</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>&amp;Supervisors…</source>
        <translation>&amp;Supervisors…</translation>
    </message>
    <message>
        <source>Add, edit or remove the agency&apos;s supervisors</source>
        <translation>Add, edit or remove the agency&apos;s supervisors</translation>
    </message>
    <message>
        <source>New supervision session</source>
        <translation>New supervision session</translation>
    </message>
    <message>
        <source>Add a supervisor first: a session is held by one of the agency&apos;s supervisors.</source>
        <translation>Add a supervisor first: a session is held by one of the agency&apos;s supervisors.</translation>
    </message>
</context>
<context>
    <name>ui::SupervisorDialog</name>
    <message>
        <source>Edit supervisor</source>
        <translation>Edit supervisor</translation>
    </message>
    <message>
        <source>New supervisor</source>
        <translation>New supervisor</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s name.</source>
        <translation>Enter the supervisor&apos;s name.</translation>
    </message>
</context>
<context>
    <name>ui::SupervisorsDialog</name>
    <message>
        <source>Supervisors</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <source>The agency&apos;s supervisors (督导) hold supervision sessions and score evaluations.</source>
        <translation>The agency&apos;s supervisors (督导) hold supervision sessions and score evaluations.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Read supervisors</source>
        <translation>Read supervisors</translation>
    </message>
    <message>
        <source>Edit supervisor</source>
        <translation>Edit supervisor</translation>
    </message>
    <message>
        <source>Remove supervisor</source>
        <translation>Remove supervisor</translation>
    </message>
    <message>
        <source>Remove the supervisor %1?</source>
        <translation>Remove the supervisor %1?</translation>
    </message>
</context>
<context>
    <name>ui::WelcomePage</name>
    <message>
        <source>Welcome to OneStreet</source>
        <translation>Welcome to OneStreet</translation>
    </message>
    <message>
        <source>OneStreet keeps the contracts, posts, placements, attendance, activities, supervision and evaluations of a “One Street, One Social Worker” project in one file. There is no file yet. Start with an empty one, or look around in a demo filled with realistic records first.</source>
        <translation>OneStreet keeps the contracts, posts, placements, attendance, activities, supervision and evaluations of a “One Street, One Social Worker” project in one file. There is no file yet. Start with an empty one, or look around in a demo filled with realistic records first.</translation>
    </message>
    <message>
        <source>New empty database</source>
        <translation>New empty database</translation>
    </message>
    <message>
        <source>Open the demo…</source>
        <translation>Open the demo…</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Open a file…</translation>
    </message>
    <message>
        <source>The new file will be %1</source>
        <translation>The new file will be %1</translation>
    </message>
</context>
<context>
    <name>ui::WorkLogDialog</name>
    <message>
        <source>Edit work log entry</source>
        <translation>Edit work log entry</translation>
    </message>
    <message>
        <source>New work log entry</source>
        <translation>New work log entry</translation>
    </message>
    <message>
        <source>e.g. 1.5</source>
        <translation>e.g. 1.5</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Choose a worker.</source>
        <translation>Choose a worker.</translation>
    </message>
</context>
<context>
    <name>ui::WorkLogPage</name>
    <message>
        <source>%1 (administrative)</source>
        <translation>%1 (administrative)</translation>
    </message>
    <message>
        <source>Enter the hours as a number, e.g. 1.5 for an hour and a half (or 1:30).</source>
        <translation>Enter the hours as a number, e.g. 1.5 for an hour and a half (or 1:30).</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Worker &amp;month…</source>
        <translation>Worker &amp;month…</translation>
    </message>
    <message>
        <source>The selected worker&apos;s month: hours per day and category, administrative share</source>
        <translation>The selected worker&apos;s month: hours per day and category, administrative share</translation>
    </message>
    <message>
        <source>Edit work log entry</source>
        <translation>Edit work log entry</translation>
    </message>
    <message>
        <source>the entry of %1 on %2 (%3, %4 h)</source>
        <translation>the entry of %1 on %2 (%3, %4 h)</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>Work log</translation>
    </message>
</context>
<context>
    <name>ui::WorkLogQuickEntry</name>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Hours spent, e.g. 1.5 for an hour and a half</source>
        <translation>Hours spent, e.g. 1.5 for an hour and a half</translation>
    </message>
    <message>
        <source>Note (Enter adds the entry)</source>
        <translation>Note (Enter adds the entry)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Quick entry:</source>
        <translation>Quick entry:</translation>
    </message>
    <message>
        <source>Choose a worker.</source>
        <translation>Choose a worker.</translation>
    </message>
    <message>
        <source>Added %1 h of %2.</source>
        <translation>Added %1 h of %2.</translation>
    </message>
</context>
<context>
    <name>ui::WorkerChecklist</name>
    <message>
        <source>Find a worker…</source>
        <translation>Find a worker…</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::WorkerDialog</name>
    <message>
        <source>Edit social worker</source>
        <translation>Edit social worker</translation>
    </message>
    <message>
        <source>New social worker</source>
        <translation>New social worker</translation>
    </message>
    <message>
        <source>known</source>
        <translation>known</translation>
    </message>
    <message>
        <source>has left</source>
        <translation>has left</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation>&amp;Qualification</translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation>&amp;Education</translation>
    </message>
    <message>
        <source>&amp;Hired on</source>
        <translation>&amp;Hired on</translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation>&amp;Left on</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Sta&amp;ff no.</source>
        <translation>Sta&amp;ff no.</translation>
    </message>
</context>
<context>
    <name>ui::WorkerMonthDialog</name>
    <message>
        <source>Work log of a month</source>
        <translation>Work log of a month</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Professional %1 h, administrative %2 h: administrative share %3%.</source>
        <translation>Professional %1 h, administrative %2 h: administrative share %3%.</translation>
    </message>
</context>
<context>
    <name>ui::WorkersPage</name>
    <message>
        <source>Employed and left</source>
        <translation>Employed and left</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Edit social worker</source>
        <translation>Edit social worker</translation>
    </message>
    <message>
        <source>the social worker “%1”</source>
        <translation>the social worker “%1”</translation>
    </message>
    <message>
        <source>Social workers</source>
        <translation>Social workers</translation>
    </message>
</context>
<context>
    <name>ui::charts</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>ui::charts::ActivityChart</name>
    <message>
        <source>Activities by type</source>
        <translation>Activities by type</translation>
    </message>
    <message>
        <source>Activities by target group</source>
        <translation>Activities by target group</translation>
    </message>
    <message>
        <source>Activities held per month, by type</source>
        <translation>Activities held per month, by type</translation>
    </message>
    <message>
        <source>Activities held per month, by target group</source>
        <translation>Activities held per month, by target group</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>Activities held</translation>
    </message>
    <message>
        <source>Activities held (once per target group)</source>
        <translation>Activities held (once per target group)</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>All activities</translation>
    </message>
</context>
<context>
    <name>ui::charts::AttendanceChart</name>
    <message>
        <source>Attendance rate per month</source>
        <translation>Attendance rate per month</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Attendance rate (%)</translation>
    </message>
    <message>
        <source>no required days</source>
        <translation>no required days</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>not begun on %1</source>
        <translation>not begun on %1</translation>
    </message>
    <message>
        <source>%1: attendance %2
Required days: %3
Attended days: %4
Excused days: %5
%6: %7, %8: %9, %10: %11, %12: %13
Not recorded: %14</source>
        <translation>%1: attendance %2
Required days: %3
Attended days: %4
Excused days: %5
%6: %7, %8: %9, %10: %11, %12: %13
Not recorded: %14</translation>
    </message>
</context>
<context>
    <name>ui::charts::ChartBuilder</name>
    <message>
        <source>District %1</source>
        <translation>District %1</translation>
    </message>
    <message>
        <source>Street %1</source>
        <translation>Street %1</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>Whole agency</source>
        <translation>Whole agency</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3
%4: %5</source>
        <translation>%1 · %2: %3
%4: %5</translation>
    </message>
    <message>
        <source>nothing counted after %1</source>
        <translation>nothing counted after %1</translation>
    </message>
    <message>
        <source>counted up to %1</source>
        <translation>counted up to %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contract %1</translation>
    </message>
</context>
<context>
    <name>ui::charts::FundingChart</name>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Funding per contract (yuan)</source>
        <translation>Funding per contract (yuan)</translation>
    </message>
    <message>
        <source>Contracts running between %1 and %2</source>
        <translation>Contracts running between %1 and %2</translation>
    </message>
    <message>
        <source> · the latest %1 of %2</source>
        <translation> · the latest %1 of %2</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>Yuan</translation>
    </message>
    <message>
        <source>%1 · %2: %3
Budget: %4</source>
        <translation>%1 · %2: %3
Budget: %4</translation>
    </message>
    <message>
        <source>entries %1</source>
        <translation>entries %1</translation>
    </message>
</context>
<context>
    <name>ui::charts::PayChart</name>
    <message>
        <source>Net pay</source>
        <translation>Net pay</translation>
    </message>
    <message>
        <source>Net pay per month</source>
        <translation>Net pay per month</translation>
    </message>
    <message>
        <source>Reference wage (%1)</source>
        <translation>Reference wage (%1)</translation>
    </message>
    <message>
        <source>Yuan per month</source>
        <translation>Yuan per month</translation>
    </message>
    <message>
        <source>%1: %2
Reference wage: %3</source>
        <translation>%1: %2
Reference wage: %3</translation>
    </message>
    <message>
        <source>Average net monthly pay per worker</source>
        <translation>Average net monthly pay per worker</translation>
    </message>
    <message>
        <source>the lowest %1 of %2 workers</source>
        <translation>the lowest %1 of %2 workers</translation>
    </message>
    <message numerus="yes">
        <source>%n workers</source>
        <translation>
            <numerusform>%n workers</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message>
        <source>Average net pay per month</source>
        <translation>Average net pay per month</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 per month on average (%n paid months)
Reference wage: %3</source>
        <translation>
            <numerusform>%1: %2 per month on average (%n paid months)
Reference wage: %3</numerusform>
            <numerusform>%1: %2 per month on average (%n paid months)
Reference wage: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::charts::SupervisionChart</name>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Supervision sessions per month, by form</source>
        <translation>Supervision sessions per month, by form</translation>
    </message>
    <message>
        <source>Whole agency</source>
        <translation>Whole agency</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>All sessions</translation>
    </message>
</context>
<context>
    <name>ui::charts::SupervisionGapChart</name>
    <message>
        <source>Unsupervised days</source>
        <translation>Unsupervised days</translation>
    </message>
    <message>
        <source>Days since the last supervision session</source>
        <translation>Days since the last supervision session</translation>
    </message>
    <message numerus="yes">
        <source>placed workers on %1: the %n longest</source>
        <translation>
            <numerusform>placed workers on %1: the %n longest</numerusform>
            <numerusform>placed workers on %1: the %n longest</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <source>Days since the last session</source>
        <translation>Days since the last session</translation>
    </message>
    <message>
        <source>Never supervised</source>
        <translation>Never supervised</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message numerus="yes">
        <source>Alert threshold (%n days)</source>
        <translation>
            <numerusform>Alert threshold (%n days)</numerusform>
            <numerusform>Alert threshold (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2)
Last session: %3
%n days before %4</source>
        <translation>
            <numerusform>%1 (%2)
Last session: %3
%n days before %4</numerusform>
            <numerusform>%1 (%2)
Last session: %3
%n days before %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)
Never supervised</source>
        <translation>%1 (%2)
Never supervised</translation>
    </message>
</context>
<context>
    <name>ui::charts::WorkloadChart</name>
    <message>
        <source>Professional and administrative hours per month</source>
        <translation>Professional and administrative hours per month</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Professional services</translation>
    </message>
    <message>
        <source>Administrative work</source>
        <translation>Administrative work</translation>
    </message>
    <message>
        <source>Administrative share (%)</source>
        <translation>Administrative share (%)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>%1
Professional services: %2 h
Administrative work: %3 h
Administrative share: %4</source>
        <translation>%1
Professional services: %2 h
Administrative work: %3 h
Administrative share: %4</translation>
    </message>
    <message>
        <source>no time logged</source>
        <translation>no time logged</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
</context>
<context>
    <name>ui::choices</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
</context>
<context>
    <name>ui::report::ReportDialog</name>
    <message>
        <source>Report for the purchaser</source>
        <translation>Report for the purchaser</translation>
    </message>
    <message>
        <source>Contract %1 “%2”, %3 to %4</source>
        <translation>Contract %1 “%2”, %3 to %4</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contract %1</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>District %1</translation>
    </message>
    <message>
        <source>Street %1</source>
        <translation>Street %1</translation>
    </message>
    <message>
        <source>Whole agency (every post of the contracts that ran)</source>
        <translation>Whole agency (every post of the contracts that ran)</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>Months shown (%1 to %2)</source>
        <translation>Months shown (%1 to %2)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Nothing after this day is counted; a period still running is counted up to it.</source>
        <translation>Nothing after this day is counted; a period still running is counted up to it.</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>Covers:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>Posts kept filled, attendance, activities, supervision, evaluations and funding, with the attendance and activity charts and a signature block.</source>
        <translation>Posts kept filled, attendance, activities, supervision, evaluations and funding, with the attendance and activity charts and a signature block.</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Save as &amp;XLSX…</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>First half</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>Second half</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Counting the figures of %1…</source>
        <translation>Counting the figures of %1…</translation>
    </message>
    <message>
        <source>Print preview – %1, %2</source>
        <translation>Print preview – %1, %2</translation>
    </message>
    <message>
        <source>Report %1 %2</source>
        <translation>Report %1 %2</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as XLSX</source>
        <translation>Save the report as XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Report for the purchaser – saved %1</source>
        <translation>Report for the purchaser – saved %1</translation>
    </message>
</context>
</TS>
