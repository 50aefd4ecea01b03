package vn.hoctap.examples; public class UnitAssessmentExample { public static void main(String[] a){ System.out.println("hi"); } }
