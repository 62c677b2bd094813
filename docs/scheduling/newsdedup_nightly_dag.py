"""Airflow DAG: one newsdedup batch run per day, over that day's files.

Needs the Apache Beam provider (apache-airflow-providers-apache-beam) and Java 17 on the worker.
Copy this file into the DAGs folder and set the paths below. Airflow's logical date {{ ds }} is
the run date, so a re-run or backfill of a day rewrites that day's partition only.
"""

import pendulum
from airflow import DAG
from airflow.providers.apache.beam.operators.beam import BeamRunJavaPipelineOperator

JAR = "/opt/newsdedup/pipelines/target/newsdedup-flink-bundled.jar"

with DAG(
    dag_id="newsdedup_nightly",
    schedule="30 2 * * *",
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    tags=["newsdedup"],
) as dag:
    BeamRunJavaPipelineOperator(
        task_id="group_the_news",
        jar=JAR,
        job_class="org.newsdedup.pipelines.NewsDedup",
        runner="FlinkRunner",
        pipeline_options={
            "flinkMaster": "jobmanager-host:8081",
            "input": "/shared/news/{{ ds }}/*.txt",
            "output": "/shared/newsdedup/",
            "runDate": "{{ ds }}",
            "maxDeadLetterRatio": "0.2",
        },
        # Any exit code but 0 fails the task: 2 bad arguments, 3 pipeline failed,
        # 4 too many dead letters (the partition is complete; look at dead-letter-*.jsonl).
        retries=1,
        retry_delay=pendulum.duration(minutes=30),
    )
