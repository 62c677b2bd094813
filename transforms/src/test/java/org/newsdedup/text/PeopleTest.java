package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleTest {
  @Test
  void titlesAgesAppositionsAndSpeechMarkPeople() {
    List<String> people =
        People.find(
            List.of(
                "Sentencing him, Judge Patricia Lowe said he had abused a position of trust.",
                "Graham Thorley, 54, made more than 200 payments from a fund at Carnford Town Hall.",
                "\"The market has priced in the cuts,\" said Hannah Ostrowski, a strategist.",
                "Keith Robb, the council's transport convener, said he would ask for a scheme."));

    assertEquals(
        List.of("Patricia Lowe", "Graham Thorley", "Hannah Ostrowski", "Keith Robb"), people);
  }

  @Test
  void placesOrganisationsAndSentenceOpeningsAreNotPeople() {
    List<String> people =
        People.find(
            List.of(
                "Researchers from Mill Lane University said Carnford Town won at the Mill Lane"
                    + " ground on Saturday, March 2.",
                "West Texas Intermediate traded near $79 a barrel."));

    assertEquals(List.of(), people);
  }

  @Test
  void laterMentionsAndOtherSpellingsJoinTheFirst() {
    List<String> people =
        People.find(
            List.of(
                "Foreign minister Hossein Amir Abdollahian met his counterpart, Jalil Abbas"
                    + " Jilani.",
                "Amir-Abdollahian said Jilani had agreed. Mr Hossein Amirabdollahian left.",
                "Substitute Tom Begley crossed and Begley celebrated."));

    assertEquals(List.of("Hossein Amir Abdollahian", "Jalil Abbas Jilani", "Tom Begley"), people);
  }

  @Test
  void germanTitlesParticlesArabicAndJapaneseSpeakersAreRead() {
    assertEquals(List.of("Petra Wienand", "Erik van Dijk"),
        People.find(List.of("„Das ist gut“, sagte Bürgermeisterin Petra Wienand.",
            "Wethouder Erik van Dijk van een gemeente erkent dat de wachtlijst te lang is.")));
    assertEquals(List.of("خالد العبري"),
        People.find(List.of("وقال خالد العبري، المدير العام لهيئة المياه، إن المشروع مهم.")));
    assertEquals(List.of("佐藤健一"),
        People.find(List.of("駅で列車を出迎えた佐藤健一町長は「本当にほっとしている」と話した。")));
  }
}
